#pragma once
// Roles and states shared by the cluster models. Widgets pick colours and icons from StateRole
// (an int holding ItemState), so the models never depend on a style.

#include <Qt>

namespace ha {

enum ModelRole {
    StateRole = Qt::UserRole + 1, // int(ItemState), same value on every column of a row
    KeyRole,                      // QString: stable identity of the row (resource id, node name)
};

enum class ItemState {
    Ok,          // node online / resource started
    Promoted,    // promotable clone instance in the promoted role
    Standby,     // node in standby
    Maintenance, // node or cluster in maintenance
    Unmanaged,   // resource not managed by the cluster
    Stopped,     // resource stopped (as intended or not)
    Partial,     // group/clone with only some children active
    Pending,     // node joining
    Offline,     // node offline (cleanly)
    Failed,      // resource failed, failed action
    Unclean,     // node unclean (needs fencing)
    Blocked,     // resource blocked (the cluster will not touch it)
    Warning,     // leftover constraint and similar things to look at
};

} // namespace ha
