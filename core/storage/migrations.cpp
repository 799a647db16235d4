#include "migrations.h"

#include "rules/escalation.h"

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

// Schema 2: collection rules. Settings, half-years of rates added by the user, escalation
// ladders (the shipped ones seeded here) and the actions done on invoices.
QStringList schema2()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral(R"(CREATE TABLE user_rates (
            half TEXT PRIMARY KEY CHECK (half GLOB '[0-9][0-9][0-9][0-9]-H[12]'),
            ecb_bp INTEGER CHECK (ecb_bp IS NULL OR ecb_bp >= 0),
            legal_natural_bp INTEGER CHECK (legal_natural_bp IS NULL OR legal_natural_bp >= 0),
            legal_other_bp INTEGER CHECK (legal_other_bp IS NULL OR legal_other_bp >= 0),
            be_b2b_bp INTEGER CHECK (be_b2b_bp IS NULL OR be_b2b_bp >= 0),
            source TEXT NOT NULL DEFAULT '',
            added_on TEXT NOT NULL CHECK (date(added_on) = added_on)))"),
        QStringLiteral(R"(CREATE TABLE ladders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            builtin_key TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE ladder_steps (
            ladder_id INTEGER NOT NULL REFERENCES ladders(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            template_key TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            offset_days INTEGER NOT NULL CHECK (offset_days BETWEEN -365 AND 3650),
            anchor TEXT NOT NULL CHECK (anchor IN ('due', 'previous', 'receipt', 'deadline')),
            day_kind TEXT NOT NULL CHECK (day_kind IN ('calendaires', 'ouvrables', 'ouvres')),
            channel TEXT NOT NULL,
            tone TEXT NOT NULL,
            payment_deadline_days INTEGER NOT NULL DEFAULT 0 CHECK (payment_deadline_days >= 0),
            PRIMARY KEY (ladder_id, position)) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE clients ADD COLUMN ladder_id INTEGER REFERENCES ladders(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE invoices ADD COLUMN penalty_rate_bp INTEGER "
                       "CHECK (penalty_rate_bp IS NULL OR penalty_rate_bp BETWEEN 0 AND 10000)"),
        QStringLiteral("ALTER TABLE invoices ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '' "
                       "CHECK (pause_reason IN ('', 'disputed', 'on_hold'))"),
        QStringLiteral(R"(CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            date TEXT NOT NULL CHECK (date(date) = date),
            channel TEXT NOT NULL,
            step_index INTEGER NOT NULL DEFAULT -1,
            step_label TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT 'done' CHECK (outcome IN ('done', 'no_answer', 'promised', 'disputed')),
            notes TEXT NOT NULL DEFAULT '',
            tracking_number TEXT NOT NULL DEFAULT '',
            receipt_date TEXT CHECK (receipt_date IS NULL OR date(receipt_date) = receipt_date),
            created_at TEXT NOT NULL DEFAULT (datetime('now'))))"),
        QStringLiteral("CREATE INDEX actions_by_invoice ON actions (invoice_id, date, id)"),
        QStringLiteral("CREATE INDEX actions_by_date ON actions (date)"),
    };
    // The shipped ladders, so that a new database chases from the first day.
    const QList<Ladder> ladders = builtInLadders();
    for (qsizetype i = 0; i < ladders.size(); ++i) {
        const Ladder &l = ladders.at(i);
        sql << QStringLiteral("INSERT INTO ladders (id, name, builtin_key) VALUES (%1, '%2', '%3')")
                   .arg(i + 1)
                   .arg(l.name, l.builtInKey);
        for (qsizetype p = 0; p < l.steps.size(); ++p) {
            const LadderStep &s = l.steps.at(p);
            sql << QStringLiteral("INSERT INTO ladder_steps (ladder_id, position, template_key, offset_days, anchor, "
                                  "day_kind, channel, tone, payment_deadline_days) "
                                  "VALUES (%1, %2, '%3', %4, '%5', '%6', '%7', '%8', %9)")
                       .arg(i + 1)
                       .arg(p)
                       .arg(s.templateKey)
                       .arg(s.offsetDays)
                       .arg(anchorKey(s.anchor), dayKindKey(s.dayKind), channelKey(s.channel), toneKey(s.tone))
                       .arg(s.paymentDeadlineDays);
        }
    }
    sql << QStringLiteral("INSERT INTO settings (key, value) VALUES ('default_ladder_id', '1')");
    return sql;
}

// Letters: the archive of every letter produced (its PDF's name and SHA-256, never changed),
// the invoices it covers and the action it recorded on each; the user's own templates; the
// issuer's logo and signature.
QStringList schema3()
{
    return {
        QStringLiteral("ALTER TABLE issuer ADD COLUMN logo BLOB"),
        QStringLiteral("ALTER TABLE issuer ADD COLUMN signature BLOB"),
        QStringLiteral(R"(CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            channel TEXT NOT NULL,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            file_name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size > 0),
            total_due_cents INTEGER NOT NULL,
            currency TEXT NOT NULL,
            deadline_days INTEGER NOT NULL DEFAULT 0,
            deadline TEXT CHECK (deadline IS NULL OR date(deadline) = deadline),
            tracking_number TEXT NOT NULL DEFAULT '',
            receipt_status TEXT NOT NULL DEFAULT '' CHECK (receipt_status IN ('', 'received', 'not_collected')),
            receipt_date TEXT CHECK (receipt_date IS NULL OR date(receipt_date) = receipt_date),
            receipt_scan TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now'))))"),
        // The proof cannot be rewritten: a corrected letter is a new one.
        QStringLiteral(R"(CREATE TRIGGER letters_are_proof BEFORE UPDATE OF kind, language, client_id, date, file_name,
            sha256, size, total_due_cents, currency ON letters
            BEGIN SELECT RAISE(ABORT, 'an archived letter cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TABLE letter_invoices (
            letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL,
            PRIMARY KEY (letter_id, invoice_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX letter_invoices_by_invoice ON letter_invoices (invoice_id)"),
        QStringLiteral("CREATE INDEX letters_by_client ON letters (client_id, date)"),
        QStringLiteral(R"(CREATE TABLE letter_templates (
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            profile TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            updated_on TEXT NOT NULL,
            PRIMARY KEY (kind, language, profile)) WITHOUT ROWID)"),
    };
}

// Agreements: payment plans and their instalments, settlements, disputes and promises to pay.
// Plan reminders are actions outside the ladder, tagged with their plan and instalment.
QStringList schema4()
{
    const QString flag = QStringLiteral("INTEGER NOT NULL DEFAULT %1 CHECK (%2 IN (0, 1))");
    return {
        QStringLiteral(R"(CREATE TABLE settlements (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            date TEXT NOT NULL CHECK (date(date) = date),
            agreed_with TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            new_due_date TEXT CHECK (new_due_date IS NULL OR date(new_due_date) = new_due_date),
            waive_interest %1,
            waive_indemnity %2,
            restore_on_break %3,
            discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
            discount_until TEXT CHECK (discount_until IS NULL OR date(discount_until) = discount_until),
            terms TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'proposed'
                CHECK (status IN ('proposed', 'confirmed', 'honoured', 'broken')),
            status_date TEXT CHECK (status_date IS NULL OR date(status_date) = status_date),
            letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT ''))")
            .arg(flag.arg(0).arg(QStringLiteral("waive_interest")), flag.arg(0).arg(QStringLiteral("waive_indemnity")),
                 flag.arg(1).arg(QStringLiteral("restore_on_break"))),
        QStringLiteral(R"(CREATE TABLE settlement_invoices (
            settlement_id INTEGER NOT NULL REFERENCES settlements(id) ON DELETE CASCADE,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            PRIMARY KEY (settlement_id, invoice_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX settlement_invoices_by_invoice ON settlement_invoices (invoice_id)"),
        QStringLiteral(R"(CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            settlement_id INTEGER REFERENCES settlements(id) ON DELETE SET NULL,
            created_on TEXT NOT NULL CHECK (date(created_on) = created_on),
            frequency TEXT NOT NULL CHECK (frequency IN ('week', 'month', 'custom')),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            balance_cents INTEGER NOT NULL CHECK (balance_cents > 0),
            interest_cents INTEGER NOT NULL DEFAULT 0 CHECK (interest_cents >= 0),
            indemnity_cents INTEGER NOT NULL DEFAULT 0 CHECK (indemnity_cents >= 0),
            waive_interest %1,
            waive_indemnity %2,
            restore_on_break %3,
            paid_at_start_cents INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'broken', 'cancelled')),
            status_date TEXT CHECK (status_date IS NULL OR date(status_date) = status_date),
            notes TEXT NOT NULL DEFAULT ''))")
            .arg(flag.arg(0).arg(QStringLiteral("waive_interest")), flag.arg(0).arg(QStringLiteral("waive_indemnity")),
                 flag.arg(1).arg(QStringLiteral("restore_on_break"))),
        QStringLiteral("CREATE INDEX plans_by_status ON plans (status, client_id)"),
        QStringLiteral(R"(CREATE TABLE plan_invoices (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            PRIMARY KEY (plan_id, invoice_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX plan_invoices_by_invoice ON plan_invoices (invoice_id)"),
        QStringLiteral(R"(CREATE TABLE plan_instalments (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            date TEXT NOT NULL CHECK (date(date) = date),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            deposit INTEGER NOT NULL DEFAULT 0 CHECK (deposit IN (0, 1)),
            PRIMARY KEY (plan_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE disputes (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            opened_on TEXT NOT NULL CHECK (date(opened_on) = opened_on),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            contested_cents INTEGER NOT NULL CHECK (contested_cents > 0),
            notes TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'paid', 'credited', 'upheld')),
            resolved_on TEXT CHECK (resolved_on IS NULL OR date(resolved_on) = resolved_on),
            resolution_notes TEXT NOT NULL DEFAULT '',
            credit_payment_id INTEGER REFERENCES payments(id) ON DELETE SET NULL,
            CHECK ((resolution = '') = (resolved_on IS NULL))))"),
        QStringLiteral("CREATE INDEX disputes_by_invoice ON disputes (invoice_id, opened_on)"),
        // One open dispute per invoice at a time.
        QStringLiteral("CREATE UNIQUE INDEX disputes_open ON disputes (invoice_id) WHERE resolution = ''"),
        QStringLiteral(R"(CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            made_on TEXT NOT NULL CHECK (date(made_on) = made_on),
            promised_date TEXT NOT NULL CHECK (date(promised_date) = promised_date),
            amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
            channel TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            CHECK (promised_date >= made_on)))"),
        QStringLiteral("CREATE INDEX promises_by_invoice ON promises (invoice_id, id)"),
        QStringLiteral("CREATE INDEX promises_by_date ON promises (promised_date)"),
        QStringLiteral("ALTER TABLE actions ADD COLUMN plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE actions ADD COLUMN instalment INTEGER"),
        QStringLiteral("CREATE INDEX actions_by_plan ON actions (plan_id, instalment) WHERE plan_id IS NOT NULL"),
    };
}

// Bank credits read from statements, kept until reconciled into payments. `identity` is stable
// across imports of the same (or an overlapping) statement, so nothing is imported twice.
QStringList schema5()
{
    return {
        QStringLiteral(R"(CREATE TABLE bank_transactions (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            account TEXT NOT NULL DEFAULT '',
            booking_date TEXT NOT NULL CHECK (date(booking_date) = booking_date),
            value_date TEXT CHECK (value_date IS NULL OR date(value_date) = value_date),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            counterparty TEXT NOT NULL DEFAULT '',
            remittance TEXT NOT NULL DEFAULT '',
            bank_reference TEXT NOT NULL DEFAULT '',
            source_file TEXT NOT NULL DEFAULT '',
            imported_on TEXT NOT NULL CHECK (date(imported_on) = imported_on),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'ignored')),
            payment_id INTEGER REFERENCES payments(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX bank_transactions_by_status ON bank_transactions (status, booking_date)"),
    };
}

// Schema 6: a credit note worth more than the client owed leaves the client a credit (the
// unallocated rest of its payment), used later against the client's invoices or refunded.
QStringList schema6()
{
    return {
        QStringLiteral("ALTER TABLE payments ADD COLUMN client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN refunded_on TEXT "
                       "CHECK (refunded_on IS NULL OR date(refunded_on) = refunded_on)"),
        QStringLiteral("CREATE INDEX payments_with_credit ON payments (client_id) "
                       "WHERE client_id IS NOT NULL AND refunded_on IS NULL"),
    };
}

// Schema 7 (letters before a judge, LEGAL.md section 12): the law that governs a client's
// contracts (NULL: the issuer's country, Rome I art. 4(1)(b)), whether the contract holds a
// penalty clause (NULL: yes for a business, no for a consumer), what an invoice is for, and the
// date the debtor acknowledged the debt in writing (it restarts the limitation, C. civ. 2240).
QStringList schema7()
{
    return {
        QStringLiteral("ALTER TABLE clients ADD COLUMN governing_law TEXT "
                       "CHECK (governing_law IS NULL OR length(governing_law) = 2)"),
        QStringLiteral("ALTER TABLE clients ADD COLUMN penalty_clause INTEGER "
                       "CHECK (penalty_clause IS NULL OR penalty_clause IN (0, 1))"),
        QStringLiteral("ALTER TABLE invoices ADD COLUMN object TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE invoices ADD COLUMN acknowledged_on TEXT "
                       "CHECK (acknowledged_on IS NULL OR date(acknowledged_on) = acknowledged_on)"),
        // Values carried forward while a half-year is unpublished: letters call them provisional.
        QStringLiteral("ALTER TABLE user_rates ADD COLUMN carried_forward INTEGER NOT NULL DEFAULT 0"),
    };
}

// Schema 8 (the first ten minutes): what a client is found by, case and accents folded
// (relance_fold, registered on every connection): name, city and e-mail, kept with the row by
// ClientRepository; and the shipped step an action fulfilled, as a key rather than a name.
QStringList schema8()
{
    return {
        QStringLiteral("ALTER TABLE clients ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE clients SET search_key = relance_fold(name || ' ' || city || ' ' || email)"),
        // A shipped step's name was stored in the language of whoever recorded it (the CLI under
        // a C locale wrote English into a French book): now its key, named when shown.
        QStringLiteral("ALTER TABLE actions ADD COLUMN step_template TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(UPDATE actions SET step_template = CASE step_label
            WHEN 'Courtesy reminder' THEN 'courtesy' WHEN 'Rappel de courtoisie' THEN 'courtesy'
            WHEN 'First reminder' THEN 'reminder1' WHEN 'Première relance' THEN 'reminder1'
            WHEN 'Second reminder' THEN 'reminder2' WHEN 'Deuxième relance' THEN 'reminder2'
            WHEN 'Final reminder' THEN 'final' WHEN 'Dernière relance' THEN 'final'
            WHEN 'Formal notice' THEN 'formal-notice' WHEN 'Mise en demeure' THEN 'formal-notice'
            WHEN 'Hand-over to collection' THEN 'handover' WHEN 'Transmission au recouvrement' THEN 'handover'
            WHEN 'Phone call' THEN 'call' WHEN 'Appel téléphonique' THEN 'call'
            WHEN 'Text message' THEN 'sms' WHEN 'SMS' THEN 'sms' END
            WHERE step_label IN ('Courtesy reminder', 'Rappel de courtoisie', 'First reminder', 'Première relance',
                'Second reminder', 'Deuxième relance', 'Final reminder', 'Dernière relance', 'Formal notice',
                'Mise en demeure', 'Hand-over to collection', 'Transmission au recouvrement', 'Phone call',
                'Appel téléphonique', 'Text message', 'SMS'))"),
        QStringLiteral("UPDATE actions SET step_label = '' WHERE step_template <> ''"),
    };
}

// Schema 9 (e-mail sent by Relance, issue 18): the proof of each message sent (its exact bytes
// archived as .eml beside the letter, their SHA-256, the Message-ID, the recipients and the
// server's final reply), never changed; one claim per invoice, step and occurrence, taken before
// a message leaves, so that two morning runs never send the same step twice; the steps the
// morning run sends by itself; a client's copy recipients.
QStringList schema9()
{
    return {
        QStringLiteral(R"(CREATE TABLE sent_mails (
            id INTEGER PRIMARY KEY,
            letter_id INTEGER NOT NULL UNIQUE REFERENCES letters(id),
            message_id TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            sender TEXT NOT NULL,
            recipients TEXT NOT NULL,
            subject TEXT NOT NULL,
            server_reply TEXT NOT NULL,
            file_name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size > 0)))"),
        QStringLiteral(R"(CREATE TRIGGER sent_mails_are_proof BEFORE UPDATE ON sent_mails
            BEGIN SELECT RAISE(ABORT, 'a sent e-mail cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TABLE mail_claims (
            invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
            step_index INTEGER NOT NULL,
            occurrence INTEGER NOT NULL CHECK (occurrence >= 0),
            status TEXT NOT NULL CHECK (status IN ('sending', 'sent')),
            claimed_at TEXT NOT NULL,
            mail_id INTEGER REFERENCES sent_mails(id),
            PRIMARY KEY (invoice_id, step_index, occurrence)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX mail_claims_sending ON mail_claims (status) WHERE status = 'sending'"),
        QStringLiteral("ALTER TABLE ladder_steps ADD COLUMN auto_send INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (auto_send IN (0, 1))"),
        QStringLiteral("ALTER TABLE clients ADD COLUMN email_cc TEXT NOT NULL DEFAULT ''"),
    };
}

}  // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{schema1(), schema2(), schema3(), schema4(),
                                        schema5(), schema6(), schema7(), schema8(), schema9()};
    return all;
}

}  // namespace relance
