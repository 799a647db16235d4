#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace relance {

// How a restore puts the restored book in place so that a crash at any instant leaves a book
// that opens, the old one or the new one, never none. The restore first stages and syncs every
// restored file beside the live ones, then writes this journal ("<book>.restore-journal",
// atomically) listing the steps, then runs them. Each step checks before it acts, so running
// the list again after a crash at any point finishes the same restore; Database::open does
// that before opening a book whose journal is still there.
class RestoreJournal
{
public:
    struct Step
    {
        enum Kind {
            Keep,   // `live` stays where it is and is also kept as `aside` (a hard link): the old book
                    // opens under its name until the new one replaces it in one rename
            Aside,  // `live` (a folder) moves to `aside`
            Place,  // `staged` replaces `live` (one rename)
        } kind;
        QString live, aside, staged;
    };

    static QString pathFor(const QString &databasePath);
    static bool isPending(const QString &databasePath);
    // Writes the journal and syncs it: from here on, the restore will finish even after a crash.
    static Status begin(const QString &databasePath, const QList<Step> &steps);
    // Runs the journal's steps (again) and removes it; nothing to do without a journal.
    static Status finish(const QString &databasePath);
};

}  // namespace relance
