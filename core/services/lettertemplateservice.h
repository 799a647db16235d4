#pragma once

#include "domain/result.h"
#include "letters/letterkind.h"
#include "letters/lettertemplate.h"

#include <QDate>

namespace relance {

class Database;

// The letters' templates: the shipped ones (resources/letters/<lang>/<kind>.txt) and the
// user's own, stored in the database for one language and either every jurisdiction (profile
// "") or one (e.g. "be-b2b"). A letter uses the most specific one.
class LetterTemplateService
{
public:
    explicit LetterTemplateService(const Database &db) : m_db(db) {}

    static QString builtInText(LetterKind kind, const QString &language);
    // The template a letter uses: the user's for the profile, else the user's for every
    // profile, else the shipped one.
    Result<LetterTemplate> find(LetterKind kind, const QString &language, const QString &profile) const;
    // The text to edit: the user's own for exactly that profile, else what find() would use.
    QString text(LetterKind kind, const QString &language, const QString &profile) const;
    bool isCustomised(LetterKind kind, const QString &language, const QString &profile) const;
    // Refuses a template with problems, listing every one with its line (unknown placeholders
    // included), so that nothing prints as a blank.
    Status save(LetterKind kind, const QString &language, const QString &profile, const QString &text,
                const QDate &today) const;
    // Back to the shipped text (or the every-profile one).
    Status reset(LetterKind kind, const QString &language, const QString &profile) const;

    // Parses and checks a text; the error lists every problem, one per line.
    static Result<LetterTemplate> validate(const QString &text, const QString &origin);

private:
    QString stored(LetterKind kind, const QString &language, const QString &profile) const;
    const Database &m_db;
};

}  // namespace relance
