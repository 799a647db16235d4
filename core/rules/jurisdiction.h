#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace relance {

// Which law sets interest, indemnity, payment terms and limitation for a client (LEGAL.md
// sections 3, 4, 8 and 11). Profiles are data (resources/profiles/profiles.json): the
// calculator reads their rules, it never branches on a profile's name.
struct JurisdictionProfile
{
    enum class InterestFrom { DueDate, Notice };  // B2B: day after due; B2C: day after notice (+ grace)
    enum class RateRule { EcbPlus, FrenchLegalOther, Published };  // Published: the series only
    enum class IndemnityRule { None, Fixed, Scale };
    struct Bracket  // indemnity = base + percent of the part above `above`
    {
        qint64 aboveCents = 0;
        qint64 baseCents = 0;
        int percentBasisPoints = 0;
    };

    QString key;  // fr-b2b, fr-b2c, be-b2b, be-b2c
    QString country;
    bool consumer = false;
    QString nameEn;
    QString nameFr;

    InterestFrom interestFrom = InterestFrom::DueDate;
    int graceDays = 0;  // after the notice, before interest may run (Belgian consumers: 14)
    // What counts as the notice: the formal notice (France), or the first written reminder (Belgium).
    bool noticeIsFirstReminder = false;
    RateRule rateRule = RateRule::EcbPlus;
    int pointsBasisPoints = 0;     // added to the ECB rate
    int roundUpToBasisPoints = 1;  // 50: up to the next half point
    QString publishedSeries;       // a rate table series that holds the published values, if any
    bool contractualRateApplies = false;
    int contractualFloorLegalMultiple = 0;  // 3: a contractual rate may not be under 3x the legal rate
    QString interestBasis;

    IndemnityRule indemnityRule = IndemnityRule::None;
    qint64 fixedIndemnityCents = 0;
    QList<Bracket> brackets;  // ascending `above`
    qint64 indemnityMaxCents = 0;
    QString indemnityBasis;

    int maxTermsDays = 0;            // 0: no legal maximum
    int maxTermsEndOfMonthDays = 0;  // "45 jours fin de mois", 0 when not allowed
    QString termsBasis;
    int limitationMonths = 0;
    QString limitationBasis;

    // Belgian consumers owe damages and interest only if the contract provides for them (CDE
    // XIX.4): without a penalty clause, only the legal rate of `noClauseSeries` and no indemnity.
    bool penaltiesNeedClause = false;
    QString noClauseSeries;
    QString noClauseBasis;
    bool withoutClause = false;  // this copy applies to a contract with no penalty clause

    QString name() const;  // in the UI language
    // The profile for a contract without a penalty clause (itself when the law does not need one).
    JurisdictionProfile forContract(bool hasPenaltyClause) const;
    // The fixed indemnity owed on an unpaid balance (in cents of EUR).
    qint64 indemnityCents(qint64 balanceCents) const;
};

class ProfileSet
{
public:
    static Result<ProfileSet> fromJson(const QByteArray &json, const QString &origin);
    static const ProfileSet &builtIn();  // resources/profiles/profiles.json

    const QList<JurisdictionProfile> &all() const { return m_profiles; }
    const JurisdictionProfile *find(const QString &key) const;
    // The client's country and consumer flag choose the profile; a country without one of its
    // own follows French law (the issuer's).
    const JurisdictionProfile &forClient(const QString &country, bool consumer) const;
    QStringList keys() const;

private:
    QList<JurisdictionProfile> m_profiles;
};

}  // namespace relance
