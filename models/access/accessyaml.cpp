#include "accessyaml.h"

#include "accessdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
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
    void boolean(bool value)
    {
        raw(value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"),
            YAML_PLAIN_SCALAR_STYLE);
    }
    void names(const QStringList &list)
    {
        seqStart(true);
        for (const QString &n : list)
            text(n);
        seqEnd();
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

} // namespace

QByteArray toYaml(const AccessModel &m)
{
    Emitter e;
    e.streamStart();
    e.mapStart();
    e.key("version");
    e.raw(QByteArray::number(m.version), YAML_PLAIN_SCALAR_STYLE);

    e.key("workspaces");
    e.seqStart(false);
    for (const WorkspaceEntry &w : m.workspaces) {
        e.mapStart();
        e.key("name");
        e.text(w.name);
        e.key("description");
        e.text(w.description);
        if (w.builtin) {
            e.key("builtin");
            e.boolean(true);
        }
        e.mapEnd();
    }
    e.seqEnd();

    e.key("roles");
    e.seqStart(false);
    for (const RoleEntry &r : m.roles) {
        e.mapStart();
        e.key("name");
        e.text(r.name);
        e.key("permissions");
        e.names(r.permissions);
        if (r.builtin) {
            e.key("builtin");
            e.boolean(true);
        }
        e.mapEnd();
    }
    e.seqEnd();

    e.key("users");
    e.seqStart(false);
    for (const UserEntry &u : m.users) {
        e.mapStart();
        e.key("name");
        e.text(u.name);
        e.key("full_name");
        e.text(u.fullName);
        e.key("email");
        e.text(u.email);
        e.key("active");
        e.boolean(u.active);
        if (u.builtin) {
            e.key("builtin");
            e.boolean(true);
        }
        e.mapEnd();
    }
    e.seqEnd();

    e.key("teams");
    e.seqStart(false);
    for (const TeamEntry &t : m.teams) {
        e.mapStart();
        e.key("name");
        e.text(t.name);
        e.key("members");
        e.names(t.members);
        e.mapEnd();
    }
    e.seqEnd();

    e.key("assignments");
    e.seqStart(false);
    for (const AssignmentEntry &a : m.assignments) {
        e.mapStart();
        e.key(a.subjectKind == SubjectKind::User ? "user" : "team");
        e.text(a.subject);
        e.key("role");
        e.text(a.role);
        if (!a.workspace.isEmpty()) {
            e.key("workspace");
            e.text(a.workspace);
        }
        e.mapEnd();
    }
    e.seqEnd();

    e.mapEnd();
    e.streamEnd();
    return e.take();
}

AccessModel fromYaml(const QByteArray &bytes, QList<Problem> &problems)
{
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    yaml_document_t doc;
    AccessModel model;
    if (!yaml_parser_load(&parser, &doc)) {
        const Position at = positionOf(parser.problem_mark);
        QString what = QString::fromUtf8(parser.problem ? parser.problem : "");
        if (parser.context)
            what = QString::fromUtf8(parser.context) + QStringLiteral(": ") + what;
        problems << Problem{at, YamlText::tr("This is not valid YAML (%1).").arg(what)};
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

} // namespace zenml::access
