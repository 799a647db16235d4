#pragma once

#include "domain/result.h"
#include "letters/letterdocument.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace relance {

class Database;

// A statement of account (relevé de compte): where a client stands on a day. Its open invoices
// with what was paid and how late each is, the totals per currency and their overdue part, any
// unused credit, the payments received over the past year, and how to pay what is overdue. On
// the letters' frame and through their paint routine, so it prints like them; it records
// nothing (it demands nothing new, it states the book).
class StatementService
{
public:
    explicit StatementService(const Database &db) : m_db(db) {}

    static constexpr int kPaymentMonths = 12;  // how far back the payments go

    // `language`: "fr" or "en"; empty: French for a client in a French-speaking country.
    // Errors name the field: client, issuer, date.
    Result<LetterDocument> compose(qint64 clientId, const QDate &asOf, const QString &language = {}) const;
    // The statement as a PDF on the letters' layout, fonts embedded.
    Result<QByteArray> pdf(const LetterDocument &statement) const;
    // "2026-12-02_releve-de-compte_Studio-Graphik.pdf", in the statement's language.
    static QString fileName(const LetterDocument &statement, const QString &clientName);

private:
    const Database &m_db;
};

}  // namespace relance
