#include "collectionsettingsservice.h"
#include "httpfetch.h"

#include "rules/escalation.h"
#include "storage/database.h"
#include "storage/ladderrepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CollectionSettingsService)
};

const QString kDefaultLadder = QStringLiteral("default_ladder_id");
const QString kDivisor366 = QStringLiteral("divisor_366");
const QString kCalendar = QStringLiteral("calendar");
const QString kDefaultCountry = QStringLiteral("clients.default_country");
}  // namespace

CollectionSettings CollectionSettingsService::settings() const
{
    const SettingsRepository repo(m_db);
    CollectionSettings s;
    s.defaultLadderId = repo.value(kDefaultLadder, QStringLiteral("1")).toLongLong();
    s.divisor366InLeapYears = repo.value(kDivisor366) == QLatin1String("1");
    s.calendar = calendarFromKey(repo.value(kCalendar, QStringLiteral("fr"))).value_or(Calendar::France);
    s.defaultClientCountry = repo.value(kDefaultCountry, QStringLiteral("FR"));
    return s;
}

Status CollectionSettingsService::save(const CollectionSettings &s) const
{
    if (!LadderRepository(m_db).find(s.defaultLadderId))
        return Error(Tr::tr("no such ladder"), QStringLiteral("default_ladder"));
    if (s.defaultClientCountry.size() != 2 || !s.defaultClientCountry.at(0).isUpper() ||
        !s.defaultClientCountry.at(1).isUpper())
        return Error(Tr::tr("\"%1\" is not a two-letter country code").arg(s.defaultClientCountry),
                     QStringLiteral("default_country"));
    Transaction tx(m_db);
    const SettingsRepository repo(m_db);
    for (const auto &[key, value] :
         {std::pair{kDefaultLadder, QString::number(s.defaultLadderId)},
          std::pair{kDivisor366, s.divisor366InLeapYears ? QStringLiteral("1") : QStringLiteral("0")},
          std::pair{kCalendar, calendarKey(s.calendar)}, std::pair{kDefaultCountry, s.defaultClientCountry}})
        if (Status st = repo.setValue(key, value); !st)
            return st;
    return tx.commit();
}

RateTable CollectionSettingsService::rates() const
{
    RateTable table = RateTable::builtIn();
    for (const HalfYearRates &r : SettingsRepository(m_db).userRates())
        (void)table.addHalfYear(r);  // checked when added; a later release may now ship the same values
    return table;
}

Status CollectionSettingsService::addHalfYear(const HalfYearRates &r, const QDate &today) const
{
    return addHalfYears({r}, today);
}

namespace {
// What a half-year added by the user must be; `table` takes it in when it is.
Status checkHalfYear(const HalfYearRates &r, RateTable &table)
{
    if (r.half.year < 1999 || r.half.year > 2200 || (r.half.half != 1 && r.half.half != 2))
        return Error(Tr::tr("not a half-year such as 2026-H2"), QStringLiteral("half"));
    if (!r.ecb && !r.legalOther && !r.belgianB2b)
        return Error(Tr::tr("give at least one rate"), QStringLiteral("ecb"));
    for (const auto &[value, field] : {std::pair{r.ecb, "ecb"}, std::pair{r.legalNaturalPerson, "legal_natural_person"},
                                       std::pair{r.legalOther, "legal_other"}, std::pair{r.belgianB2b, "be_b2b"}})
        if (value && (*value < 0 || *value > 5000))
            return Error(Tr::tr("a rate must be between 0 and 50 %"), QString::fromLatin1(field));
    if (r.source.trimmed().isEmpty() && !r.carriedForward)
        return Error(Tr::tr("say where the rates come from (e.g. \"Journal officiel, 24 December 2026\")"),
                     QStringLiteral("source"));
    if (table.ratesOf(r.half).userAdded)
        return Error(Tr::tr("%1 was already added: remove it first to change it").arg(r.half.key()),
                     QStringLiteral("half"));
    return table.addHalfYear(r);
}
}  // namespace

Status CollectionSettingsService::addHalfYears(const QList<HalfYearRates> &list, const QDate &today) const
{
    RateTable table = rates();
    for (const HalfYearRates &r : list)
        if (Status s = checkHalfYear(r, table); !s)
            return s;
    Transaction tx(m_db);
    for (const HalfYearRates &r : list)
        if (Status s = SettingsRepository(m_db).insertUserRates(r, today); !s)
            return s;
    return tx.commit();
}

Result<EcbUpdate> CollectionSettingsService::updateEcbRates(const QUrl &url, const QDate &today) const
{
    const Result<QByteArray> csv = httpGet(url);
    if (!csv)
        return csv.error();
    const Result<QList<EcbObservation>> observations = parseEcbCsv(*csv, url.toString());
    if (!observations)
        return observations.error();
    const Result<EcbUpdate> update = ecbUpdateFor(rates(), *observations, url.toString());
    if (!update)
        return update;
    if (Status s = addHalfYears(update->added, today); !s)
        return s.error();
    return update;
}

Result<HalfYearRates> CollectionSettingsService::carryForward(const QDate &today) const
{
    const RateTable table = rates();
    const HalfYear last = table.lastCompleteHalf();
    HalfYearRates r = table.ratesOf(last);
    r.half = last.next();
    r.userAdded = true;
    r.carriedForward = true;
    r.source.clear();  // said in the reader's language when shown (SettingsRepository::userRates)
    if (Status s = addHalfYear(r, today); !s)
        return s.error();
    r.source = carriedForwardSource(r.half, today);
    return r;
}

Status CollectionSettingsService::removeHalfYear(const HalfYear &half) const
{
    if (!rates().ratesOf(half).userAdded)
        return Error(Tr::tr("%1 ships with Relance and cannot be removed").arg(half.key()), QStringLiteral("half"));
    Transaction tx(m_db);
    if (Status s = SettingsRepository(m_db).removeUserRates(half); !s)
        return s;
    return tx.commit();
}

QList<Ladder> CollectionSettingsService::ladders() const { return LadderRepository(m_db).all(); }

Ladder CollectionSettingsService::ladderFor(const std::optional<qint64> &clientLadderId) const
{
    const QList<Ladder> all = ladders();
    const qint64 wanted = clientLadderId.value_or(settings().defaultLadderId);
    for (const Ladder &l : all)
        if (l.id == wanted)
            return l;
    return all.isEmpty() ? builtInLadders().constFirst() : all.constFirst();
}

Result<qint64> CollectionSettingsService::saveLadder(const Ladder &ladder) const
{
    if (ladder.name.trimmed().isEmpty())
        return Error(Tr::tr("a ladder needs a name"), QStringLiteral("name"));
    if (ladder.steps.isEmpty())
        return Error(Tr::tr("a ladder needs at least one step"), QStringLiteral("steps"));
    for (qsizetype i = 0; i < ladder.steps.size(); ++i) {
        const LadderStep &s = ladder.steps.at(i);
        const auto stepError = [&](const QString &message) {
            return Error(Tr::tr("step %1: %2").arg(i + 1).arg(message), QStringLiteral("steps"));
        };
        if (!templateKeys().contains(s.templateKey))
            return stepError(Tr::tr("unknown letter or message \"%1\"").arg(s.templateKey));
        if (s.offsetDays < -365 || s.offsetDays > 3650)
            return stepError(Tr::tr("the delay must be between -365 and 3650 days"));
        if (s.offsetDays < 0 && s.anchor != StepAnchor::DueDate)
            return stepError(Tr::tr("only a step counted from the due date can come before it"));
        const LadderStep *previous = i > 0 ? &ladder.steps.at(i - 1) : nullptr;
        if (s.anchor == StepAnchor::Receipt && (!previous || !isRegistered(previous->channel)))
            return stepError(Tr::tr("counting from a receipt needs a registered letter just before"));
        if (s.anchor == StepAnchor::Deadline && (!previous || previous->paymentDeadlineDays <= 0))
            return stepError(Tr::tr("counting from a payment deadline needs a step just before that gives one"));
        if (s.paymentDeadlineDays < 0 || s.paymentDeadlineDays > 365)
            return stepError(Tr::tr("the payment deadline must be between 0 and 365 days"));
    }
    const LadderRepository repo(m_db);
    for (const Ladder &other : repo.all())
        if (other.id != ladder.id && other.name.compare(ladder.name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error(Tr::tr("another ladder is called \"%1\"").arg(ladder.name.trimmed()), QStringLiteral("name"));
    Transaction tx(m_db);
    const Result<qint64> id = repo.save(ladder);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CollectionSettingsService::removeLadder(qint64 id) const
{
    const QList<Ladder> all = ladders();
    if (all.size() <= 1)
        return Error(Tr::tr("the last ladder cannot be removed"), QStringLiteral("ladder"));
    Transaction tx(m_db);
    // Its clients fall back to the default ladder (ON DELETE SET NULL); if it was the default,
    // the first other ladder takes its place.
    CollectionSettings s = settings();
    if (s.defaultLadderId == id) {
        s.defaultLadderId = all.at(all.at(0).id == id ? 1 : 0).id;
        if (Status st = SettingsRepository(m_db).setValue(kDefaultLadder, QString::number(s.defaultLadderId)); !st)
            return st;
    }
    if (Status st = LadderRepository(m_db).remove(id); !st)
        return st;
    return tx.commit();
}

}  // namespace relance
