// Which process a queued or running run belongs to ("host:pid:start"), so that a project opened
// after that process died (kill -9, a crash, a power cut) marks the run interrupted instead of
// showing it running forever.
#pragma once
#include <string>

namespace fl::store {

// This process: host name, pid and the process's start time (clock ticks since boot, from
// /proc/self/stat), so a later process that reuses the pid is not taken for it.
std::string currentRunOwner();

// True when `owner` names a process on this host that no longer runs (no such pid, or a pid
// since reused by a process that started at another time), or is empty (a run recorded before
// owners were). False for a live process, for another host (it cannot be checked from here) and
// for text that is not an owner.
bool runOwnerIsGone(const std::string& owner);

} // namespace fl::store
