#include "migrations.h"

namespace relance {

namespace {

// Schema 1: issuer, clients, invoices, payments and their allocations.
// invoices.paid_cents is kept by triggers from the allocations, so the dashboard reads a
// balance without a join and every write path (GUI, CLI, imports) keeps it right.
QStringList schema1()
{
    return {
        QStringLiteral(R"(CREATE TABLE issuer (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            company_name TEXT NOT NULL DEFAULT '',
            legal_form TEXT NOT NULL DEFAULT '',
            siret TEXT NOT NULL DEFAULT '',
            vat_number TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT 'FR',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            iban TEXT NOT NULL DEFAULT '',
            bic TEXT NOT NULL DEFAULT '',
            signatory_name TEXT NOT NULL DEFAULT '',
            signatory_title TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("INSERT INTO issuer (id) VALUES (1)"),
        QStringLiteral(R"(CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            legal_form TEXT NOT NULL DEFAULT '',
            siren_siret TEXT NOT NULL DEFAULT '',
            vat_number TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT 'FR',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            is_consumer INTEGER NOT NULL DEFAULT 0 CHECK (is_consumer IN (0, 1)),
            payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days >= 0),
            penalty_rate_bp INTEGER CHECK (penalty_rate_bp IS NULL OR penalty_rate_bp >= 0),
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            issuer_id INTEGER NOT NULL DEFAULT 1 REFERENCES issuer(id),
            number TEXT NOT NULL CHECK (length(trim(number)) > 0),
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
            issue_date TEXT NOT NULL CHECK (date(issue_date) = issue_date),
            service_date TEXT CHECK (service_date IS NULL OR date(service_date) = service_date),
            due_date TEXT NOT NULL CHECK (date(due_date) = due_date),
            amount_excl_cents INTEGER NOT NULL CHECK (amount_excl_cents >= 0),
            amount_incl_cents INTEGER NOT NULL CHECK (amount_incl_cents > 0),
            currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
            pdf_path TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            paid_cents INTEGER NOT NULL DEFAULT 0,
            UNIQUE (issuer_id, number)))"),
        QStringLiteral(R"(CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date(date) = date),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
            method TEXT NOT NULL DEFAULT '',
            bank_reference TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE allocations (
            payment_id INTEGER NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            PRIMARY KEY (payment_id, invoice_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TRIGGER allocations_after_insert AFTER INSERT ON allocations BEGIN
            UPDATE invoices SET paid_cents = paid_cents + NEW.amount_cents WHERE id = NEW.invoice_id; END)"),
        QStringLiteral(R"(CREATE TRIGGER allocations_after_delete AFTER DELETE ON allocations BEGIN
            UPDATE invoices SET paid_cents = paid_cents - OLD.amount_cents WHERE id = OLD.invoice_id; END)"),
        QStringLiteral(R"(CREATE TRIGGER allocations_after_update AFTER UPDATE ON allocations BEGIN
            UPDATE invoices SET paid_cents = paid_cents - OLD.amount_cents WHERE id = OLD.invoice_id;
            UPDATE invoices SET paid_cents = paid_cents + NEW.amount_cents WHERE id = NEW.invoice_id; END)"),
        // The dashboard reads only invoices with a balance: a partial index keeps that read
        // proportional to what is open, not to the whole history.
        QStringLiteral("CREATE INDEX invoices_open_by_due ON invoices (due_date, currency) "
                       "WHERE paid_cents < amount_incl_cents"),
        QStringLiteral("CREATE INDEX invoices_by_due ON invoices (due_date, id)"),
        QStringLiteral("CREATE INDEX invoices_by_issue ON invoices (issue_date, id)"),
        QStringLiteral("CREATE INDEX invoices_by_client ON invoices (client_id, due_date)"),
        QStringLiteral("CREATE INDEX allocations_by_invoice ON allocations (invoice_id)"),
        QStringLiteral("CREATE INDEX payments_by_date ON payments (date)"),
    };
}

}  // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{schema1()};
    return all;
}

}  // namespace relance
