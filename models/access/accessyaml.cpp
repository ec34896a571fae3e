#include "accessyaml.h"

#include "accessdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <cstring>
#include <yaml.h>

namespace zenml::access {

namespace {

struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(zenml::access::YamlText)
};

Position positionOf(const yaml_mark_t &mark)
{
    return {int(mark.line) + 1, int(mark.column) + 1};
}

Node toNode(yaml_document_t *doc, yaml_node_t *n, int depth)
{
    Node out;
    if (!n)
        return out;
    out.at = positionOf(n->start_mark);
    if (depth > 64)
        return out; // deeper than any access file; read as nothing
    switch (n->type) {
    case YAML_SCALAR_NODE: {
        out.text = QString::fromUtf8(reinterpret_cast<const char *>(n->data.scalar.value),
                                     qsizetype(n->data.scalar.length));
        out.plain = n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        const bool isNull = out.plain && (out.text.isEmpty() || out.text == QLatin1String("~") ||
                                          out.text == QLatin1String("null"));
        out.kind = isNull ? Node::Kind::Null : Node::Kind::Scalar;
        break;
    }
    case YAML_SEQUENCE_NODE:
        out.kind = Node::Kind::Seq;
        out.items.reserve(size_t(n->data.sequence.items.top - n->data.sequence.items.start));
        for (yaml_node_item_t *i = n->data.sequence.items.start; i < n->data.sequence.items.top;
             ++i)
            out.items.push_back(toNode(doc, yaml_document_get_node(doc, *i), depth + 1));
        break;
    case YAML_MAPPING_NODE:
        out.kind = Node::Kind::Map;
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top;
             ++p) {
            out.keys.push_back(toNode(doc, yaml_document_get_node(doc, p->key), depth + 1));
            out.items.push_back(toNode(doc, yaml_document_get_node(doc, p->value), depth + 1));
        }
        break;
    default:
        break;
    }
    return out;
}

// A value that a YAML reader would take for something other than text unless quoted.
bool needsQuotes(const QString &text)
{
    if (text.isEmpty())
        return true;
    // Only these first characters can start a bool, a null or a number: the fast path for names.
    static const QString starts = QStringLiteral("~nNtTfFyYoO0123456789+-.");
    if (!starts.contains(text.front()))
        return false;
    // The words below have at most five letters (and '$' matches before a final line break);
    // the numbers start with a sign, a dot or a digit.
    if (text.size() > 6 && text.front().isLetter())
        return false;
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|"
        "off|Off|OFF|y|Y|n|N|[-+]?(?:\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.Inf|\\.INF|\\.nan|\\.NaN|"
        "\\.NAN|0x[0-9a-fA-F]+|0o[0-7]+))$"));
    return special.match(text).hasMatch();
}

class Emitter
{
public:
    Emitter()
    {
        yaml_emitter_initialize(&m_emitter);
        yaml_emitter_set_output(&m_emitter, &Emitter::write, &m_out);
        yaml_emitter_set_unicode(&m_emitter, 1);
        yaml_emitter_set_width(&m_emitter, -1);
        yaml_emitter_set_break(&m_emitter, YAML_LN_BREAK);
    }
    ~Emitter() { yaml_emitter_delete(&m_emitter); }

    QByteArray take() { return std::move(m_out); }

    void streamStart()
    {
        yaml_stream_start_event_initialize(&m_event, YAML_UTF8_ENCODING);
        emitEvent();
        yaml_document_start_event_initialize(&m_event, nullptr, nullptr, nullptr, 1);
        emitEvent();
    }
    void streamEnd()
    {
        yaml_document_end_event_initialize(&m_event, 1);
        emitEvent();
        yaml_stream_end_event_initialize(&m_event);
        emitEvent();
    }
    void mapStart(bool flow = false)
    {
        yaml_mapping_start_event_initialize(&m_event, nullptr, nullptr, 1,
                                            flow ? YAML_FLOW_MAPPING_STYLE
                                                 : YAML_BLOCK_MAPPING_STYLE);
        emitEvent();
    }
    void mapEnd()
    {
        yaml_mapping_end_event_initialize(&m_event);
        emitEvent();
    }
    void seqStart(bool flow)
    {
        yaml_sequence_start_event_initialize(&m_event, nullptr, nullptr, 1,
                                             flow ? YAML_FLOW_SEQUENCE_STYLE
                                                  : YAML_BLOCK_SEQUENCE_STYLE);
        emitEvent();
    }
    void seqEnd()
    {
        yaml_sequence_end_event_initialize(&m_event);
        emitEvent();
    }
    void raw(const QByteArray &text, yaml_scalar_style_t style)
    {
        yaml_scalar_event_initialize(&m_event, nullptr, nullptr,
                                     reinterpret_cast<const yaml_char_t *>(text.constData()),
                                     int(text.size()), 1, 1, style);
        emitEvent();
    }
    void key(const char *k)
    {
        raw(QByteArray::fromRawData(k, qsizetype(strlen(k))), YAML_PLAIN_SCALAR_STYLE);
    }
    void text(const QString &value)
    {
        raw(value.toUtf8(),
            needsQuotes(value) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
    }

private:
    static int write(void *data, unsigned char *buffer, size_t size)
    {
        static_cast<QByteArray *>(data)->append(reinterpret_cast<const char *>(buffer),
                                                qsizetype(size));
        return 1;
    }
    void emitEvent()
    {
        // The events are made here from valid text, so the emitter has no reason to refuse one.
        yaml_emitter_emit(&m_emitter, &m_event);
    }

    yaml_emitter_t m_emitter;
    yaml_event_t m_event;
    QByteArray m_out;
};

// The file written directly, byte for byte as libyaml's emitter writes it, for the names that
// need nothing but plain text (nearly all); any other value (quotes, escapes, line breaks, text
// that would read as a bool or a number) is written by libyaml itself in the same place.
class Writer
{
public:
    explicit Writer(qsizetype expected) { m_out.reserve(expected); }

    QByteArray take() { return std::move(m_out); }

    void line(const char *text) { m_out.append(text); }
    // "key: value" of a block mapping; indented (2) unless it opens a sequence item.
    void field(const char *prefix, const QString &value)
    {
        m_out.append(prefix);
        scalar(value, false);
        m_out.append('\n');
    }
    void names(const char *prefix, const QStringList &list)
    {
        m_out.append(prefix);
        m_out.append('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                m_out.append(", ");
            scalar(list.at(i), true);
        }
        m_out.append("]\n");
    }

private:
    // Characters libyaml writes plainly anywhere inside a scalar (printable, no indicator, no
    // break, no space other than ' ').
    static bool plainInside(char16_t c)
    {
        if (c < 0x80)
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                   (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-' || c == u'@' ||
                   c == u'+' || c == u' ';
        return c >= 0xA0 && c <= 0xFFFD && c != 0x2028 && c != 0x2029 && c != 0xFEFF &&
               !(c >= 0xD800 && c <= 0xDFFF);
    }
    // True when libyaml would write the text plainly, as is; the same choice in block and flow
    // context, since none of the characters is a flow indicator.
    static bool writesPlainly(const QString &text, bool &ascii)
    {
        ascii = true;
        const qsizetype n = text.size();
        if (n == 0)
            return false;
        const char16_t first = text.front().unicode();
        if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z') ||
              (first >= u'0' && first <= u'9') || first == u'_' || first >= 0xA0) ||
            text.back() == QLatin1Char(' '))
            return false;
        for (QChar ch : text) {
            const char16_t c = ch.unicode();
            if (!plainInside(c))
                return false;
            ascii = ascii && c < 0x80;
        }
        return !needsQuotes(text);
    }
    void scalar(const QString &value, bool inFlow)
    {
        bool ascii = true;
        if (writesPlainly(value, ascii)) {
            if (!ascii) {
                m_out.append(value.toUtf8());
                return;
            }
            const qsizetype at = m_out.size();
            m_out.resize(at + value.size());
            char *p = m_out.data() + at;
            for (QChar c : value)
                *p++ = char(c.unicode());
            return;
        }
        m_out.append(byLibyaml(value, inFlow));
    }
    // The scalar as libyaml writes it as a mapping's value (or an item of a flow sequence in
    // one) at the depth of the file's entries, cut out of a small document of that shape.
    static QByteArray byLibyaml(const QString &value, bool inFlow)
    {
        Emitter e;
        e.streamStart();
        e.seqStart(false);
        e.mapStart();
        e.key("k");
        if (inFlow)
            e.seqStart(true);
        e.text(value);
        if (inFlow)
            e.seqEnd();
        e.mapEnd();
        e.seqEnd();
        e.streamEnd();
        QByteArray out = e.take();
        const QByteArray head = inFlow ? QByteArrayLiteral("- k: [") : QByteArrayLiteral("- k: ");
        const QByteArray tail = inFlow ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n");
        if (out.startsWith(head) && out.endsWith(tail))
            return out.mid(head.size(), out.size() - head.size() - tail.size());
        return out; // not reached: the shape above is what libyaml writes
    }

    QByteArray m_out;
};

} // namespace

QByteArray toYaml(const AccessModel &m)
{
    Writer w(qsizetype(m.users.size()) * 120 + qsizetype(m.assignments.size()) * 48 +
             qsizetype(m.teams.size()) * 64 + 4096);
    w.line("version: ");
    w.line(QByteArray::number(m.version).constData());
    w.line("\n");

    w.line(m.workspaces.isEmpty() ? "workspaces: []\n" : "workspaces:\n");
    for (const WorkspaceEntry &ws : m.workspaces) {
        w.field("- name: ", ws.name);
        w.field("  description: ", ws.description);
        if (ws.builtin)
            w.line("  builtin: true\n");
    }

    w.line(m.roles.isEmpty() ? "roles: []\n" : "roles:\n");
    for (const RoleEntry &r : m.roles) {
        w.field("- name: ", r.name);
        w.names("  permissions: ", r.permissions);
        if (r.builtin)
            w.line("  builtin: true\n");
    }

    w.line(m.users.isEmpty() ? "users: []\n" : "users:\n");
    for (const UserEntry &u : m.users) {
        w.field("- name: ", u.name);
        w.field("  full_name: ", u.fullName);
        w.field("  email: ", u.email);
        w.line(u.active ? "  active: true\n" : "  active: false\n");
        if (u.builtin)
            w.line("  builtin: true\n");
    }

    w.line(m.teams.isEmpty() ? "teams: []\n" : "teams:\n");
    for (const TeamEntry &t : m.teams) {
        w.field("- name: ", t.name);
        w.names("  members: ", t.members);
    }

    w.line(m.assignments.isEmpty() ? "assignments: []\n" : "assignments:\n");
    for (const AssignmentEntry &a : m.assignments) {
        w.field(a.subjectKind == SubjectKind::User ? "- user: " : "- team: ", a.subject);
        w.field("  role: ", a.role);
        if (!a.workspace.isEmpty())
            w.field("  workspace: ", a.workspace);
    }
    return w.take();
}

namespace {

// The first document's node tree straight from libyaml's events, without its document tree in
// between: the same nodes, places and depth limit as toNode() over yaml_parser_load(). Anchors and
// aliases are left to the loader, which resolves and checks them (Outcome::NeedsLoader).
class EventReader
{
public:
    enum class Outcome { Done, Empty, ParseError, NeedsLoader };

    explicit EventReader(yaml_parser_t &parser)
        : m_parser(parser)
    {}

    Outcome read(Node &root)
    {
        Event e(m_parser);
        if (!e.next() || e->type != YAML_STREAM_START_EVENT)
            return Outcome::ParseError;
        if (!e.next())
            return Outcome::ParseError;
        if (e->type == YAML_STREAM_END_EVENT)
            return Outcome::Empty;
        if (!e.next())
            return Outcome::ParseError;
        if (const Outcome o = readNode(e, root, 0); o != Outcome::Done)
            return o;
        if (!e.next()) // the document's end, as the loader reads it
            return Outcome::ParseError;
        return Outcome::Done;
    }

private:
    // One event at a time, deleted when the next is read.
    class Event
    {
    public:
        explicit Event(yaml_parser_t &parser)
            : m_parser(parser)
        {}
        ~Event() { clear(); }
        bool next()
        {
            clear();
            m_held = yaml_parser_parse(&m_parser, &m_event) != 0;
            return m_held;
        }
        const yaml_event_t *operator->() const { return &m_event; }
        const yaml_event_t &operator*() const { return m_event; }

    private:
        void clear()
        {
            if (m_held)
                yaml_event_delete(&m_event);
            m_held = false;
        }
        yaml_parser_t &m_parser;
        yaml_event_t m_event;
        bool m_held = false;
    };

    static bool hasAnchor(const yaml_event_t &e)
    {
        switch (e.type) {
        case YAML_ALIAS_EVENT:
            return true;
        case YAML_SCALAR_EVENT:
            return e.data.scalar.anchor != nullptr;
        case YAML_SEQUENCE_START_EVENT:
            return e.data.sequence_start.anchor != nullptr;
        case YAML_MAPPING_START_EVENT:
            return e.data.mapping_start.anchor != nullptr;
        default:
            return false;
        }
    }

    // Reads the node that starts with the current event; on Done the current event is its last.
    Outcome readNode(Event &e, Node &out, int depth)
    {
        if (hasAnchor(*e))
            return Outcome::NeedsLoader;
        out.at = positionOf(e->start_mark);
        if (depth > 64)
            return skip(e); // deeper than any access file; read as nothing
        switch (e->type) {
        case YAML_SCALAR_EVENT: {
            out.text = text(e->data.scalar.value, e->data.scalar.length);
            out.plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            const bool isNull =
                out.plain && (out.text.isEmpty() || out.text == QLatin1String("~") ||
                              out.text == QLatin1String("null"));
            out.kind = isNull ? Node::Kind::Null : Node::Kind::Scalar;
            return Outcome::Done;
        }
        case YAML_SEQUENCE_START_EVENT: {
            out.kind = Node::Kind::Seq;
            // Gathered in this depth's scratch list, then moved into one exact allocation.
            std::vector<Node> &items = m_scratch[size_t(depth)].items;
            items.clear();
            for (;;) {
                if (!e.next())
                    return Outcome::ParseError;
                if (e->type == YAML_SEQUENCE_END_EVENT)
                    break;
                items.emplace_back();
                if (const Outcome o = readNode(e, items.back(), depth + 1); o != Outcome::Done)
                    return o;
            }
            out.items.assign(std::make_move_iterator(items.begin()),
                             std::make_move_iterator(items.end()));
            items.clear();
            return Outcome::Done;
        }
        case YAML_MAPPING_START_EVENT: {
            out.kind = Node::Kind::Map;
            std::vector<Node> &keys = m_scratch[size_t(depth)].keys;
            std::vector<Node> &items = m_scratch[size_t(depth)].items;
            keys.clear();
            items.clear();
            for (;;) {
                if (!e.next())
                    return Outcome::ParseError;
                if (e->type == YAML_MAPPING_END_EVENT)
                    break;
                keys.emplace_back();
                if (const Outcome o = readNode(e, keys.back(), depth + 1); o != Outcome::Done)
                    return o;
                if (!e.next())
                    return Outcome::ParseError;
                items.emplace_back();
                if (const Outcome o = readNode(e, items.back(), depth + 1); o != Outcome::Done)
                    return o;
            }
            out.keys.assign(std::make_move_iterator(keys.begin()),
                            std::make_move_iterator(keys.end()));
            out.items.assign(std::make_move_iterator(items.begin()),
                             std::make_move_iterator(items.end()));
            keys.clear();
            items.clear();
            return Outcome::Done;
        }
        default:
            return Outcome::Done;
        }
    }

    // Reads past a node without keeping it (still refusing anchors, which the loader checks).
    Outcome skip(Event &e)
    {
        int open = 0;
        for (;;) {
            if (hasAnchor(*e))
                return Outcome::NeedsLoader;
            if (e->type == YAML_SEQUENCE_START_EVENT || e->type == YAML_MAPPING_START_EVENT)
                ++open;
            else if (e->type == YAML_SEQUENCE_END_EVENT || e->type == YAML_MAPPING_END_EVENT)
                --open;
            if (open == 0)
                return Outcome::Done;
            if (!e.next())
                return Outcome::ParseError;
        }
    }

    // The text of a scalar. Short ones repeat (keys, role and workspace names, true, false):
    // those share one string each instead of a new one per place.
    QString text(const yaml_char_t *bytes, size_t length)
    {
        const char *data = reinterpret_cast<const char *>(bytes);
        if (length == 0 || length > 24)
            return QString::fromUtf8(data, qsizetype(length));
        size_t hash = length;
        for (size_t i = 0; i < length; ++i)
            hash = hash * 31 + bytes[i];
        Interned &slot = m_interned[hash % m_interned.size()];
        if (slot.bytes.size() == qsizetype(length) &&
            memcmp(slot.bytes.constData(), data, length) == 0)
            return slot.text;
        slot.bytes = QByteArray(data, qsizetype(length));
        slot.text = QString::fromUtf8(slot.bytes);
        return slot.text;
    }

    struct Scratch
    {
        std::vector<Node> keys, items;
    };
    struct Interned
    {
        QByteArray bytes;
        QString text;
    };

    yaml_parser_t &m_parser;
    std::array<Scratch, 66> m_scratch; // one per depth read (0 to 64)
    std::array<Interned, 509> m_interned;
};

void reportParseError(const yaml_parser_t &parser, QList<Problem> &problems)
{
    const Position at = positionOf(parser.problem_mark);
    QString what = QString::fromUtf8(parser.problem ? parser.problem : "");
    if (parser.context)
        what = QString::fromUtf8(parser.context) + QStringLiteral(": ") + what;
    problems << Problem{at, YamlText::tr("This is not valid YAML (%1).").arg(what)};
}

// The file through libyaml's loader and its document tree: for files with anchors or aliases.
AccessModel loadYaml(const QByteArray &bytes, QList<Problem> &problems)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    yaml_document_t doc;
    AccessModel model;
    if (!yaml_parser_load(&parser, &doc)) {
        reportParseError(parser, problems);
        yaml_parser_delete(&parser);
        return model;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        problems << Problem{{1, 1}, YamlText::tr("The file is empty.")};
    } else {
        const Node tree = toNode(&doc, root, 0);
        yaml_document_delete(&doc);
        yaml_parser_delete(&parser);
        return decode(tree, problems);
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    return model;
}

} // namespace

AccessModel fromYaml(const QByteArray &bytes, QList<Problem> &problems)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    Node tree;
    const EventReader::Outcome outcome = EventReader(parser).read(tree);
    if (outcome == EventReader::Outcome::ParseError)
        reportParseError(parser, problems);
    yaml_parser_delete(&parser);
    switch (outcome) {
    case EventReader::Outcome::Done:
        return decode(tree, problems);
    case EventReader::Outcome::Empty:
        problems << Problem{{1, 1}, YamlText::tr("The file is empty.")};
        return {};
    case EventReader::Outcome::ParseError:
        return {};
    case EventReader::Outcome::NeedsLoader:
        break;
    }
    return loadYaml(bytes, problems);
}

} // namespace zenml::access
