// libyaml's event parser feeding the tree builder: the reader for journals.
// Tested through yaml/yaml_reader_test.cc, which runs both parsers on the same input.
#include <yaml.h>

#include <memory>
#include <string>

#include <fmt/format.h>

#include "base/translate.h"
#include "yaml/yaml_reader.h"
#include "yaml/yaml_tree_builder.h"

namespace ritrack::detail {

namespace {

// libyaml counts lines and columns from 0.
Position position_of(const yaml_mark_t& mark) {
  return {static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

std::string_view text_of(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

struct Parser {
  yaml_parser_t p;
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~Parser() { yaml_parser_delete(&p); }
};

struct Event {
  yaml_event_t e;
  ~Event() { yaml_event_delete(&e); }
};

// libyaml names the construct it was reading (the context) and where it
// began: the place to show, since the problem itself is often found lines later.
void report_syntax(DiagnosticSink& sink, const yaml_parser_t& p) {
  std::string problem = p.problem ? p.problem : tr("malformed input");
  if (!p.context) {
    report_syntax_error(sink, position_of(p.problem_mark), problem);
    return;
  }
  report_syntax_error(sink, position_of(p.context_mark),
                      trf("{} starting here: {} (line {})", p.context, problem, p.problem_mark.line + 1));
}

// Feeds one event to the builder; returns false at the end of the stream.
bool feed(TreeBuilder& b, const yaml_event_t& e, int& documents, Position& second) {
  Position pos = position_of(e.start_mark);
  auto anchor = [&](const yaml_char_t* name) {
    if (name) b.anchor(pos, text_of(name));
  };
  switch (e.type) {
    case YAML_STREAM_END_EVENT:
      return false;
    case YAML_DOCUMENT_START_EVENT:
      if (++documents == 2) {
        second = pos;
        return false;
      }
      b.document_start();
      break;
    case YAML_ALIAS_EVENT:
      b.alias(pos);
      break;
    case YAML_SCALAR_EVENT: {
      anchor(e.data.scalar.anchor);
      const auto& s = e.data.scalar;
      bool quoted = s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
      std::string value(reinterpret_cast<const char*>(s.value), s.length);
      // An empty plain scalar is YAML's null (e.g. "key:" with nothing after it).
      if (!quoted && s.style != YAML_LITERAL_SCALAR_STYLE && s.style != YAML_FOLDED_SCALAR_STYLE && !s.tag &&
          (value.empty() || value == "~" || value == "null"))
        b.null(pos);
      else
        b.scalar(pos, text_of(s.tag), std::move(value), quoted);
      break;
    }
    case YAML_SEQUENCE_START_EVENT:
      anchor(e.data.sequence_start.anchor);
      b.open(pos, text_of(e.data.sequence_start.tag), YamlNode::Kind::sequence);
      break;
    case YAML_MAPPING_START_EVENT:
      anchor(e.data.mapping_start.anchor);
      b.open(pos, text_of(e.data.mapping_start.tag), YamlNode::Kind::mapping);
      break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      b.close();
      break;
    default:
      break;
  }
  return true;
}

}  // namespace

YamlNode read_yaml_libyaml(std::string_view text, DiagnosticSink& sink, const YamlStreamHook* hook) {
  Parser parser(text);
  TreeBuilder builder(sink, hook);
  int documents = 0;
  Position second;
  try {
    while (true) {
      Event event;
      if (!yaml_parser_parse(&parser.p, &event.e)) {
        report_syntax(sink, parser.p);
        return builder.take_root();
      }
      if (!feed(builder, event.e, documents, second)) break;
    }
  } catch (const StopParsing&) {
    return builder.take_root();
  }
  if (documents == 0) {
    report_empty_file(sink);
    return {};
  }
  if (documents == 2) report_second_document(sink, second);
  return builder.take_root();
}

}  // namespace ritrack::detail
