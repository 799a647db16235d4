#include "clientrepository.h"

#include "domain/textfold.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace relance {

namespace {

const QString kColumns =
    QStringLiteral("id, name, legal_form, siren_siret, vat_number, address, postal_code, city, country, email, phone, "
                   "contact_person, is_consumer, payment_terms_days, penalty_rate_bp, notes, ladder_id, governing_law, penalty_clause, email_cc");

Client fromQuery(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.legalForm = q.value(2).toString();
    c.sirenSiret = q.value(3).toString();
    c.vatNumber = q.value(4).toString();
    c.address = q.value(5).toString();
    c.postalCode = q.value(6).toString();
    c.city = q.value(7).toString();
    c.country = q.value(8).toString();
    c.email = q.value(9).toString();
    c.phone = q.value(10).toString();
    c.contactPerson = q.value(11).toString();
    c.isConsumer = q.value(12).toBool();
    c.paymentTermsDays = q.value(13).toInt();
    if (!q.value(14).isNull())
        c.penaltyRateBasisPoints = q.value(14).toInt();
    c.notes = q.value(15).toString();
    if (!q.value(16).isNull())
        c.ladderId = q.value(16).toLongLong();
    c.governingLaw = q.value(17).toString();
    if (!q.value(18).isNull())
        c.penaltyClause = q.value(18).toBool();
    c.emailCc = q.value(19).toString();
    return c;
}

void bindFields(QSqlQuery &q, const Client &c)
{
    q.bindValue(QStringLiteral(":name"), notNull(c.name.trimmed().normalized(QString::NormalizationForm_C)));
    q.bindValue(QStringLiteral(":legal_form"), notNull(c.legalForm));
    q.bindValue(QStringLiteral(":siren_siret"), notNull(c.sirenSiret));
    q.bindValue(QStringLiteral(":vat_number"), notNull(c.vatNumber));
    q.bindValue(QStringLiteral(":address"), notNull(c.address));
    q.bindValue(QStringLiteral(":postal_code"), notNull(c.postalCode));
    q.bindValue(QStringLiteral(":city"), notNull(c.city));
    q.bindValue(QStringLiteral(":country"), notNull(c.country));
    q.bindValue(QStringLiteral(":email"), notNull(c.email));
    q.bindValue(QStringLiteral(":email_cc"), notNull(c.emailCc.trimmed()));
    q.bindValue(QStringLiteral(":phone"), notNull(c.phone));
    q.bindValue(QStringLiteral(":contact_person"), notNull(c.contactPerson));
    q.bindValue(QStringLiteral(":is_consumer"), c.isConsumer ? 1 : 0);
    q.bindValue(QStringLiteral(":payment_terms_days"), c.paymentTermsDays);
    q.bindValue(QStringLiteral(":penalty_rate_bp"), nullable(c.penaltyRateBasisPoints));
    q.bindValue(QStringLiteral(":notes"), notNull(c.notes));
    q.bindValue(QStringLiteral(":ladder_id"), nullable(c.ladderId));
    q.bindValue(QStringLiteral(":governing_law"),
                c.governingLaw.trimmed().isEmpty() ? QVariant() : QVariant(c.governingLaw.trimmed().toUpper()));
    q.bindValue(QStringLiteral(":penalty_clause"),
                c.penaltyClause ? QVariant(*c.penaltyClause ? 1 : 0) : QVariant());
    q.bindValue(QStringLiteral(":search_key"), ClientRepository::searchKey(c));
}

std::optional<Client> fetchOne(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

}  // namespace

Result<qint64> ClientRepository::insert(const Client &client) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO clients (name, legal_form, siren_siret, vat_number, address, postal_code, city, country, "
        "email, phone, contact_person, is_consumer, payment_terms_days, penalty_rate_bp, notes, ladder_id, "
        "governing_law, penalty_clause, search_key, email_cc) VALUES (:name, "
        ":legal_form, :siren_siret, :vat_number, :address, :postal_code, :city, :country, :email, :phone, "
        ":contact_person, :is_consumer, :payment_terms_days, :penalty_rate_bp, :notes, :ladder_id, :governing_law, "
        ":penalty_clause, :search_key, :email_cc)"));
    bindFields(q, client);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("ClientRepository", "Saving the client"));
    return q.lastInsertId().toLongLong();
}

Status ClientRepository::update(const Client &client) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE clients SET name = :name, legal_form = :legal_form, siren_siret = :siren_siret, vat_number = "
        ":vat_number, address = :address, postal_code = :postal_code, city = :city, country = :country, email = "
        ":email, phone = :phone, contact_person = :contact_person, is_consumer = :is_consumer, payment_terms_days "
        "= :payment_terms_days, penalty_rate_bp = :penalty_rate_bp, notes = :notes, ladder_id = :ladder_id, governing_law = "
        ":governing_law, penalty_clause = :penalty_clause, search_key = :search_key, email_cc = :email_cc WHERE id = :id"));
    bindFields(q, client);
    q.bindValue(QStringLiteral(":id"), client.id);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("ClientRepository", "Saving the client"));
    return success();
}

std::optional<Client> ClientRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return fetchOne(q);
}

QString ClientRepository::searchKey(const Client &c)
{
    // As schema 8 computes it in SQL: name, city and e-mail, folded.
    return text::fold(c.name.trimmed().normalized(QString::NormalizationForm_C) + QLatin1Char(' ') + c.city +
                      QLatin1Char(' ') + c.email);
}

QString ClientRepository::nameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

std::optional<Client> ClientRepository::findByName(const QString &name) const
{
    // Names are stored in NFC (ClientService); SQLite's NOCASE folds ASCII letters only.
    const QString wanted = name.trimmed().normalized(QString::NormalizationForm_C);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE name = ? COLLATE NOCASE").arg(kColumns));
    q.addBindValue(wanted);
    if (std::optional<Client> found = fetchOne(q))
        return found;
    // "ÉCOLE" and "école", a decomposed "é" (NFD) and a composed one, double spaces: the same
    // client. Only names beyond ASCII or with odd spacing need this walk over the clients.
    const bool plain = std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) { return c.unicode() < 0x80; }) &&
                       wanted == wanted.simplified();
    if (plain)
        return std::nullopt;
    const QString key = nameKey(wanted);
    QSqlQuery all(m_db.connection());
    all.setForwardOnly(true);
    if (!all.exec(QStringLiteral("SELECT id, name FROM clients")))
        return std::nullopt;
    while (all.next())
        if (nameKey(all.value(1).toString()) == key)
            return findById(all.value(0).toLongLong());
    return std::nullopt;
}

QList<Client> ClientRepository::page(int offset, int limit, const QString &search) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString where;
    if (!search.trimmed().isEmpty())
        where = QStringLiteral("WHERE search_key LIKE :s1 ESCAPE '\\'");
    q.prepare(QStringLiteral("SELECT %1 FROM clients %2 ORDER BY name COLLATE NOCASE, id LIMIT :limit OFFSET :offset")
                  .arg(kColumns, where));
    if (!where.isEmpty()) {
        q.bindValue(QStringLiteral(":s1"), likeContains(text::fold(search.simplified())));
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<Client> result;
    if (!q.exec()) {
        sqlError(q, QStringLiteral("client page"));
        return result;
    }
    while (q.next())
        result << fromQuery(q);
    return result;
}

int ClientRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace relance
