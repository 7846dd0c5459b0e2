#pragma once
// Which store a desk opens when it is started without --db (issue 30, "Rollout to desks").
//
// A unit's administrator deploys /etc/xdg/conduct/conduct.conf (the XDG system configuration;
// XDG_CONFIG_DIRS is honoured, first folder first) holding the unit's server address:
//
//     [store]
//     address=postgresql://db.unit.police.uk:5432/conduct
//     locked=true
//
// The order, first found wins:
//   1. --db on the command line (a deliberate choice for this one run, by an officer or a script);
//   2. the unit's address, when the administrator locked it (store/locked=true);
//   3. the officer's own choice, kept in their settings (File ▸ Connect to server…, "Open this
//      server when Conduct starts");
//   4. the unit's address, unlocked;
//   5. the desk's private file (AppPaths' defaultDatabasePath).
// A lock is about the menu entry only: it cannot, and does not try to, stop a command line.

#include <QString>

namespace conduct {

struct DeskStoreSettings {
    QString unitAddress;     // store/address in the unit's file; empty: none deployed
    bool unitLocked = false; // store/locked in the unit's file
    QString unitFile;        // the file it came from, to name in messages
    QString officerAddress;  // store/address in the officer's own settings
};

struct StartupStore {
    enum class Source { CommandLine, UnitLocked, Officer, Unit, LocalFile };
    QString location;
    Source source = Source::LocalFile;
    // Where the choice came from, for a message when it cannot be opened; empty for --db and
    // the local file, which need no explaining.
    QString origin;
};

StartupStore chooseStartupStore(const QString& commandLine, const DeskStoreSettings& settings, const QString& localFile);

// The unit's file (the first conduct/conduct.conf in XDG_CONFIG_DIRS, default /etc/xdg) and the
// officer's own settings, the latter without Qt's fallback to the system file so the two stay apart.
DeskStoreSettings readDeskStoreSettings();

// Remembers (or, given an empty location, forgets) the officer's own start-up store.
void saveOfficerStartupStore(const QString& location);

} // namespace conduct
