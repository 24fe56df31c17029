// Errors the core reports: each carries a kind that maps to a CLI exit code and a message that
// names the file or field at fault and what was expected.
#pragma once
#include <stdexcept>
#include <string>

namespace fl {

enum class ErrorKind {
    BadInput,  // the user's file, argument or field is wrong (CLI exit 2)
    Failure,   // the computation could not be done (CLI exit 3)
    Cancelled, // the user asked to stop
    Usage,     // the command line is wrong (CLI exit 1)
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    ErrorKind kind() const { return m_kind; }

private:
    ErrorKind m_kind;
};

[[noreturn]] inline void throwBadInput(const std::string& message) {
    throw Error(ErrorKind::BadInput, message);
}
[[noreturn]] inline void throwFailure(const std::string& message) {
    throw Error(ErrorKind::Failure, message);
}

// Exit code of the CLI for an error kind: 0 success, 1 usage, 2 bad input, 3 failure.
int exitCodeFor(ErrorKind kind);

} // namespace fl
