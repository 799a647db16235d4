#pragma once

#include "domain/client.h"
#include "domain/invoice.h"
#include "domain/issuer.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace relance::test {

// The company of the letter tests: Atelier Vasseur (SARL), Lyon, with SIRET, VAT number, IBAN,
// BIC and signatory, everything a formal notice prints.
Issuer sampleIssuer();

// Opens a database file for a test (a second connection, or one handed to a window); a failure
// aborts the test, since nothing after it would mean anything.
std::unique_ptr<Database> openDatabase(const QString &path);

// A fresh database file in its own temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    // Closes this connection (and its share of the book's lock), for a test in which another
    // holder, a window say, must be the only one to have the book open.
    void close() { m_db.reset(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // Shortcuts for tests that need data in place; they fail the test (QFAIL-style abort)
    // rather than return errors, since a broken fixture makes every later check meaningless.
    qint64 addClient(const QString &name, bool consumer = false);
    qint64 addInvoice(const QString &number, qint64 clientId, const QDate &issued, const QDate &due, qint64 cents,
                      const QString &currency = QStringLiteral("EUR"));
    qint64 pay(qint64 invoiceId, const QDate &date, qint64 cents);
    // A large book written straight in SQL (fast): `count` invoices of 1,200.00 incl. VAT named
    // B-000000..., issued one a day from 2020-01-01 over 2,400 days, due 30 days later, every 50th
    // one unpaid and the rest paid. For measuring, not for checking the services.
    void addBulkInvoices(qint64 clientId, int count);
    // Every row of every table as text: compares "before" and "after" a refused action.
    QString dump() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// A PDF's text as pdftotext reads it (as a user's PDF reader would), every kind of space made
// one plain space.
QString pdfText(const QByteArray &pdf);
// The text of each page, whitespace simplified as pdfText does.
QStringList pdfPages(const QByteArray &pdf);

}  // namespace relance::test
