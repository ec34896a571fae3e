#include "pyjsonerror.h"

namespace zenml::test {

namespace {

// A small recursive scanner; only the error position and wording matter here.
class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    {}

    std::optional<PyJsonError> run()
    {
        skipSpace();
        if (!value())
            return m_error;
        skipSpace();
        if (m_pos < m_text.size())
            return PyJsonError{"Extra data", m_pos};
        return std::nullopt;
    }

private:
    bool fail(const QString &message, qsizetype pos)
    {
        m_error = PyJsonError{message, pos};
        return false;
    }
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_text.size() && QString(" \t\n\r").contains(m_text.at(m_pos)))
            ++m_pos;
    }
    bool literal(const QString &word)
    {
        if (m_text.mid(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }
    bool string()
    {
        const qsizetype start = m_pos++;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return fail("Unterminated string starting at", start);
    }
    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        while (peek().isDigit() || peek() == '.' || peek() == 'e' || peek() == 'E' ||
               peek() == '+' || (peek() == '-' && m_pos > start))
            ++m_pos;
        return m_pos > start && m_text.at(m_pos - 1).isDigit() ? true
                                                               : fail("Expecting value", start);
    }
    bool value()
    {
        const QChar c = peek();
        if (c == '{')
            return object();
        if (c == '[')
            return array();
        if (c == '"')
            return string();
        if (c == '-' || c.isDigit())
            return number();
        if (literal("true") || literal("false") || literal("null") || literal("NaN") ||
            literal("Infinity"))
            return true;
        return fail("Expecting value", m_pos);
    }
    bool object()
    {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (peek() != '"')
                return fail("Expecting property name enclosed in double quotes", m_pos);
            if (!string())
                return false;
            skipSpace();
            if (peek() != ':')
                return fail("Expecting ':' delimiter", m_pos);
            ++m_pos;
            skipSpace();
            if (!value())
                return false;
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail("Expecting ',' delimiter", m_pos);
            ++m_pos;
            skipSpace();
        }
    }
    bool array()
    {
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (!value())
                return false;
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return fail("Expecting ',' delimiter", m_pos);
            ++m_pos;
            skipSpace();
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    PyJsonError m_error;
};

} // namespace

std::optional<PyJsonError> PyJsonError::find(const QString &text)
{
    return Scanner(text).run();
}

} // namespace zenml::test
