#include "core/store/run_owner.h"
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fl::store {
namespace {

std::string hostName() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0)
        return "localhost";
    return buf;
}

// Field 22 of /proc/PID/stat (starttime); "" when the process does not exist. The command name
// (field 2) may hold spaces and parentheses, so fields are counted after its last ')'.
std::string startTimeOf(const std::string& pid) {
    std::ifstream in("/proc/" + pid + "/stat");
    std::string stat;
    if (!in || !std::getline(in, stat))
        return {};
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream rest(stat.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i)
        if (i == 22)
            return field;
    return {};
}

} // namespace

std::string currentRunOwner() {
    const std::string pid = std::to_string(getpid());
    return hostName() + ":" + pid + ":" + startTimeOf(pid);
}

bool runOwnerIsGone(const std::string& owner) {
    if (owner.empty())
        return true;
    const auto last = owner.rfind(':');
    const auto middle = last == std::string::npos ? last : owner.rfind(':', last - 1);
    if (middle == std::string::npos || middle == 0)
        return false;
    if (owner.substr(0, middle) != hostName())
        return false;
    const std::string pid = owner.substr(middle + 1, last - middle - 1);
    if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos)
        return false;
    const std::string start = startTimeOf(pid);
    return start.empty() || start != owner.substr(last + 1);
}

} // namespace fl::store
