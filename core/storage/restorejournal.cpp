#include "restorejournal.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RestoreJournal)
};

const char *kindKey(RestoreJournal::Step::Kind kind)
{
    switch (kind) {
    case RestoreJournal::Step::Keep:
        return "keep";
    case RestoreJournal::Step::Aside:
        return "aside";
    case RestoreJournal::Step::Place:
        return "place";
    }
    return "";
}

bool exists(const QString &path) { return QFileInfo::exists(path) || QFileInfo(path).isSymLink(); }

Status run(const RestoreJournal::Step &step, int index)
{
    const auto failed = [&](const QString &path) {
        return Error(Tr::tr("the restore could not put %1 in place (step %2)").arg(path).arg(index + 1),
                     QStringLiteral("file"));
    };
    switch (step.kind) {
    case RestoreJournal::Step::Keep:
        if (exists(step.live) && !exists(step.aside) &&
            ::link(QFile::encodeName(step.live).constData(), QFile::encodeName(step.aside).constData()) != 0)
            return failed(step.aside);
        break;
    case RestoreJournal::Step::Aside:
        if (exists(step.live) && !exists(step.aside) && !QFile::rename(step.live, step.aside))
            return failed(step.aside);
        break;
    case RestoreJournal::Step::Place:
        if (exists(step.staged) &&
            ::rename(QFile::encodeName(step.staged).constData(), QFile::encodeName(step.live).constData()) != 0)
            return failed(step.live);
        break;
    }
    files::faultPoint("restore.step");
    return success();
}
}  // namespace

QString RestoreJournal::pathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".restore-journal");
}

bool RestoreJournal::isPending(const QString &databasePath) { return QFileInfo::exists(pathFor(databasePath)); }

Status RestoreJournal::begin(const QString &databasePath, const QList<Step> &steps)
{
    QJsonArray list;
    for (const Step &s : steps)
        list.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kindKey(s.kind))},
                                {QStringLiteral("live"), s.live},
                                {QStringLiteral("aside"), s.aside},
                                {QStringLiteral("staged"), s.staged}});
    return files::writeAtomically(pathFor(databasePath), QJsonDocument(list).toJson());
}

Status RestoreJournal::finish(const QString &databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()), QStringLiteral("file"));
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        Step step{kind == QLatin1String("keep")    ? Step::Keep
                  : kind == QLatin1String("aside") ? Step::Aside
                                                   : Step::Place,
                  o.value(QStringLiteral("live")).toString(), o.value(QStringLiteral("aside")).toString(),
                  o.value(QStringLiteral("staged")).toString()};
        if (Status s = run(step, i); !s)
            return s;
    }
    files::syncDirectory(QFileInfo(databasePath).absolutePath());
    files::faultPoint("restore.placed");
    if (!QFile::remove(pathFor(databasePath)))
        return Error(Tr::tr("cannot remove %1").arg(pathFor(databasePath)), QStringLiteral("file"));
    files::syncDirectory(QFileInfo(databasePath).absolutePath());
    return success();
}

}  // namespace relance
