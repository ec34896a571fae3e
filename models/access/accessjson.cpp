#include "accessjson.h"

#include "accessdecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace zenml::access {

namespace {

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::JsonText)
};

void quote(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void field(QByteArray &out, const char *indent, const char *key, const QString &value, bool comma)
{
    out += indent;
    out += '"';
    out += key;
    out += "\": ";
    quote(out, value);
    out += comma ? ",\n" : "\n";
}

void names(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ", ";
        quote(out, list.at(i));
    }
    out += ']';
}

// Builds the node tree of a document that Qt has already found valid, keeping the place of every
// value (QJsonDocument keeps none, and sorts object keys).
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    Node value()
    {
        skipSpace();
        Node n;
        n.at = here();
        if (m_pos >= m_bytes.size())
            return n;
        const char c = m_bytes.at(m_pos);
        if (c == '{') {
            n.kind = Node::Kind::Map;
            advance();
            skipSpace();
            if (peek() == '}') {
                advance();
                return n;
            }
            while (m_pos < m_bytes.size()) {
                skipSpace();
                Node key;
                key.at = here();
                key.kind = Node::Kind::Scalar;
                key.text = string();
                skipSpace();
                advance(); // ':'
                n.keys.push_back(std::move(key));
                n.items.push_back(value());
                skipSpace();
                const char next = peek();
                advance();
                if (next != ',')
                    break;
            }
        } else if (c == '[') {
            n.kind = Node::Kind::Seq;
            advance();
            skipSpace();
            if (peek() == ']') {
                advance();
                return n;
            }
            while (m_pos < m_bytes.size()) {
                n.items.push_back(value());
                skipSpace();
                const char next = peek();
                advance();
                if (next != ',')
                    break;
            }
        } else if (c == '"') {
            n.kind = Node::Kind::Scalar;
            n.text = string();
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_bytes.size() && !strchr(",]} \t\r\n", m_bytes.at(m_pos)))
                advance();
            n.text = QString::fromUtf8(m_bytes.mid(start, m_pos - start));
            n.plain = true;
            n.kind = n.text == QLatin1String("null") ? Node::Kind::Null : Node::Kind::Scalar;
        }
        return n;
    }

private:
    char peek() const { return m_pos < m_bytes.size() ? m_bytes.at(m_pos) : '\0'; }
    void advance()
    {
        if (m_pos >= m_bytes.size())
            return;
        const char c = m_bytes.at(m_pos++);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_column; // columns count characters: UTF-8 continuation bytes do not
        }
    }
    Position here() const { return {m_line, m_column}; }
    void skipSpace()
    {
        while (m_pos < m_bytes.size() && strchr(" \t\r\n", m_bytes.at(m_pos)) && m_bytes.at(m_pos))
            advance();
    }
    QString string()
    {
        advance(); // opening quote
        QByteArray raw;
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != '"') {
            char c = m_bytes.at(m_pos);
            if (c != '\\') {
                raw += c;
                advance();
                continue;
            }
            advance();
            const char e = peek();
            advance();
            switch (e) {
            case 'n':
                raw += '\n';
                break;
            case 't':
                raw += '\t';
                break;
            case 'r':
                raw += '\r';
                break;
            case 'b':
                raw += '\b';
                break;
            case 'f':
                raw += '\f';
                break;
            case 'u': {
                char16_t unit = char16_t(m_bytes.mid(m_pos, 4).toUInt(nullptr, 16));
                for (int i = 0; i < 4; ++i)
                    advance();
                QString s{QChar(unit)};
                if (QChar::isHighSurrogate(unit) && peek() == '\\') {
                    advance();
                    advance();
                    s += QChar(char16_t(m_bytes.mid(m_pos, 4).toUInt(nullptr, 16)));
                    for (int i = 0; i < 4; ++i)
                        advance();
                }
                raw += s.toUtf8();
                break;
            }
            default:
                raw += e; // '"', '\\' and '/'
            }
        }
        advance(); // closing quote
        return QString::fromUtf8(raw);
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    int m_column = 1;
    int m_line = 1;
};

Position positionAt(const QByteArray &bytes, qsizetype offset)
{
    Position p{1, 1};
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

} // namespace

QByteArray toJson(const AccessModel &m)
{
    QByteArray out;
    out.reserve(160 * (m.users.size() + m.assignments.size()) + 4096);
    out += "{\n  \"version\": " + QByteArray::number(m.version) + ",\n";

    out += "  \"workspaces\": [";
    for (qsizetype i = 0; i < m.workspaces.size(); ++i) {
        const WorkspaceEntry &w = m.workspaces.at(i);
        out += i ? ",\n    {\n" : "\n    {\n";
        field(out, "      ", "name", w.name, true);
        field(out, "      ", "description", w.description, w.builtin);
        if (w.builtin)
            out += "      \"builtin\": true\n";
        out += "    }";
    }
    out += m.workspaces.isEmpty() ? "],\n" : "\n  ],\n";

    out += "  \"roles\": [";
    for (qsizetype i = 0; i < m.roles.size(); ++i) {
        const RoleEntry &r = m.roles.at(i);
        out += i ? ",\n    {\n" : "\n    {\n";
        field(out, "      ", "name", r.name, true);
        out += "      \"permissions\": ";
        names(out, r.permissions);
        out += r.builtin ? ",\n      \"builtin\": true\n" : "\n";
        out += "    }";
    }
    out += m.roles.isEmpty() ? "],\n" : "\n  ],\n";

    out += "  \"users\": [";
    for (qsizetype i = 0; i < m.users.size(); ++i) {
        const UserEntry &u = m.users.at(i);
        out += i ? ",\n    {\n" : "\n    {\n";
        field(out, "      ", "name", u.name, true);
        field(out, "      ", "full_name", u.fullName, true);
        field(out, "      ", "email", u.email, true);
        out += u.active ? "      \"active\": true" : "      \"active\": false";
        out += u.builtin ? ",\n      \"builtin\": true\n" : "\n";
        out += "    }";
    }
    out += m.users.isEmpty() ? "],\n" : "\n  ],\n";

    out += "  \"teams\": [";
    for (qsizetype i = 0; i < m.teams.size(); ++i) {
        const TeamEntry &t = m.teams.at(i);
        out += i ? ",\n    {\n" : "\n    {\n";
        field(out, "      ", "name", t.name, true);
        out += "      \"members\": ";
        names(out, t.members);
        out += "\n    }";
    }
    out += m.teams.isEmpty() ? "],\n" : "\n  ],\n";

    out += "  \"assignments\": [";
    for (qsizetype i = 0; i < m.assignments.size(); ++i) {
        const AssignmentEntry &a = m.assignments.at(i);
        out += i ? ",\n    {\n" : "\n    {\n";
        field(out, "      ", a.subjectKind == SubjectKind::User ? "user" : "team", a.subject, true);
        field(out, "      ", "role", a.role, !a.workspace.isEmpty());
        if (!a.workspace.isEmpty())
            field(out, "      ", "workspace", a.workspace, false);
        out += "    }";
    }
    out += m.assignments.isEmpty() ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

AccessModel fromJson(const QByteArray &bytes, QList<Problem> &problems)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problems << Problem{positionAt(bytes, error.offset),
                            JsonText::tr("This is not valid JSON (%1).").arg(error.errorString())};
        return {};
    }
    Scanner scanner(bytes);
    return decode(scanner.value(), problems);
}

} // namespace zenml::access
