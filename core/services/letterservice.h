#pragma once

#include "domain/money.h"
#include "domain/result.h"
#include "letters/letterdocument.h"
#include "letters/letterlayout.h"
#include "storage/letterrepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace relance {

class Database;

struct Instalment
{
    QDate date;
    Money amount;
};

// What to write: a kind of letter about one or several invoices of one client.
// How the letter left: the action on each invoice records this channel, not the one its ladder
// step usually takes (a reminder planned by e-mail and printed is a letter).
enum class Delivery {
    Document,  // a PDF written for the user to send (CLI, the day's batch)
    Printed,   // printed from the window
    SavedPdf,  // saved as a PDF from the window
    Email,     // handed to the mail program
};

struct LetterRequest
{
    QList<qint64> invoiceIds;
    LetterKind kind = LetterKind::Reminder1;
    QDate date;                     // the letter's date ("today")
    QString language;               // "fr" or "en"; empty: French for a client in a French-speaking country
    QString trackingNumber;         // registered letters, when known before printing
    QString terms;                  // a settlement's terms, as the user wrote them
    QList<Instalment> instalments;  // an instalment schedule
    // Write it although its usual premise is missing (a formal notice with no reminder before
    // it): the letter then states nothing the book does not record. Never lifts a running plan
    // or a dispute in full.
    bool insist = false;
    Delivery delivery = Delivery::Document;
};

// One thing wrong with the archive, as `letters verify` reports it.
struct ArchiveProblem
{
    enum Kind {
        Missing,   // the book records a letter whose file is gone
        Tampered,  // the file's SHA-256 is not the one recorded when it was sent
        Unknown,   // a file in the archive that no letter of the book records
    } kind;
    QString fileName;  // relative to the archive
    qint64 letterId = 0;
    QString describe() const;
};

// What the start-up sweep did with files left behind by a crash (see files::StagedFile).
struct SweepReport
{
    QStringList completed;  // recorded letters whose file was still staged: put in place
    QStringList removed;    // staged files no letter records: a letter never made
};

struct ProducedLetter
{
    ArchivedLetter archived;
    QString filePath;  // absolute
    LetterDocument document;
    QByteArray pdf;  // the archived file's bytes
};

// Composes letters from the data and the templates, archives them as proof and records them on
// the invoices' history.
class LetterService
{
public:
    // `archiveDirectory`: where the PDFs go (see defaultArchiveDirectory).
    LetterService(const Database &db, QString archiveDirectory);

    // Beside the database: "<folder>/<name>-letters", so that ~/.local/share/Relance/relance.sqlite
    // keeps its letters in ~/.local/share/Relance/relance-letters.
    static QString defaultArchiveDirectory(const QString &databasePath);
    QString archiveDirectory() const { return m_archive; }

    LetterLayout layout() const;
    Status saveLayout(const LetterLayout &layout) const;

    // Everything the letter says, computed from the data; nothing is stored. Errors name the
    // field: invoice, issuer, iban, lang, terms, instalments, premise...
    Result<LetterDocument> compose(const LetterRequest &request) const;
    // Composes, writes the PDF into the archive (never over an earlier one), stores its SHA-256
    // and records the letter as an action on each invoice, all or nothing.
    Result<ProducedLetter> produce(const LetterRequest &request) const;
    // The letters due on a day: the agenda's steps that produce a letter, one letter per client
    // and kind (several invoices of a client go in one letter), by client name.
    QList<LetterRequest> due(const QDate &asOf) const;

    // A registered letter's number, known after printing.
    Status setTrackingNumber(qint64 letterId, const QString &trackingNumber) const;
    // Received (or first presented and not collected) on a day: the letter's deadline is
    // recomputed from it, the actions it recorded get the date, and an optional scan of the
    // receipt card is copied into the archive.
    Status recordReceipt(qint64 letterId, ReceiptStatus status, const QDate &date, const QString &scanFile,
                         const QDate &today) const;
    QString pathOf(const ArchivedLetter &letter) const;

    // Every letter's file against the SHA-256 recorded when it was sent, and every file of the
    // archive against the book: the proof a judge would be shown is the one that was sent.
    QList<ArchiveProblem> verify() const;
    // Resolves what a crash left in the archive: a staged file whose letter (or receipt scan) is
    // recorded with its hash is put in place; any other staged file is removed. Run at start.
    SweepReport sweep() const;

private:
    const Database &m_db;
    QString m_archive;
};

}  // namespace relance
