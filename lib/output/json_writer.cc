#include "output/json_writer.h"

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "base/escape.h"

namespace ritrack {

namespace {
using Writer = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::CrtAllocator,
                                 rapidjson::kWriteValidateEncodingFlag>;
}  // namespace

struct JsonWriter::Impl {
  rapidjson::StringBuffer buffer;
  Writer writer{buffer};
};

JsonWriter::JsonWriter() : impl_(std::make_unique<Impl>()) {}
JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::begin_object() {
  impl_->writer.StartObject();
  return *this;
}
JsonWriter& JsonWriter::end_object() {
  impl_->writer.EndObject();
  return *this;
}
JsonWriter& JsonWriter::begin_array() {
  impl_->writer.StartArray();
  return *this;
}
JsonWriter& JsonWriter::end_array() {
  impl_->writer.EndArray();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  std::string text = utf8_repaired(name);
  impl_->writer.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  // Repaired first: the validating writer would stop at a malformed byte.
  std::string repaired = utf8_repaired(text);
  impl_->writer.String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()));
  return *this;
}

JsonWriter& JsonWriter::number(const Decimal& value) {
  // RawValue, because RapidJSON 1.1's RawNumber writes a quoted string.
  std::string text = value.str();
  impl_->writer.RawValue(text.data(), text.size(), rapidjson::kNumberType);
  return *this;
}

JsonWriter& JsonWriter::integer(long long value) {
  impl_->writer.Int64(value);
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  if (!std::isfinite(value)) return null();
  std::string text = fmt::format("{}", value == 0 ? 0.0 : value);  // fmt: shortest round trip
  impl_->writer.RawValue(text.data(), text.size(), rapidjson::kNumberType);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  impl_->writer.Bool(value);
  return *this;
}

JsonWriter& JsonWriter::null() {
  impl_->writer.Null();
  return *this;
}

std::string JsonWriter::finish() {
  // RapidJSON escapes C0 controls; what a terminal would still act on
  // (DEL, C1, bidirectional marks) can only stand inside strings.
  return json_inert(std::string_view(impl_->buffer.GetString(), impl_->buffer.GetSize())) + "\n";
}

}  // namespace ritrack
