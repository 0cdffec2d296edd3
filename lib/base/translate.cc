#include "base/translate.h"

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <optional>

#include <libintl.h>

namespace ritrack {

namespace {
constexpr const char* kDomain = "ritrack";

std::atomic<Lang> g_message_lang{Lang::en};
std::mutex g_switch;
std::optional<Lang> g_active;      // the language gettext is set to; guarded by g_switch
std::atomic<bool> g_ready{false};  // catalogs bound: lookups are worth making

// glibc's gettext caches translations per locale, not per $LANGUAGE; the
// manual's "dynamic language change" is to bump this counter.
extern "C" int _nl_msg_cat_cntr;  // NOLINT(bugprone-reserved-identifier,readability-identifier-naming)

// gettext answers for the language named in $LANGUAGE as long as the
// messages locale is not "C"; C.UTF-8 is built into glibc ≥ 2.35, so no
// French, Spanish or Portuguese locale needs to be generated.
void switch_to(Lang lang) {
  if (g_active == lang) return;
  setenv("LANGUAGE", std::string(lang_code(lang)).c_str(), 1);  // NOLINT(concurrency-mt-unsafe): under g_switch
  ++_nl_msg_cat_cntr;
  g_active = lang;
}
}  // namespace

void use_catalogs(const std::string& dir) {
  std::lock_guard lock(g_switch);
  if (!setlocale(LC_MESSAGES, "C.UTF-8") && !setlocale(LC_MESSAGES, "C.utf8")) return;  // NOLINT(concurrency-mt-unsafe)
  bindtextdomain(kDomain, dir.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  g_active.reset();  // $LANGUAGE is set at the first lookup, whatever it was
  g_ready = true;
}

void set_message_lang(Lang lang) { g_message_lang = lang; }

// strerror answers in the language $LANGUAGE names, which is the last one
// looked up: set it to the message language first, English included.
std::string os_reason(int errnum) {
  char buffer[256];
  std::lock_guard lock(g_switch);
  if (g_ready) switch_to(g_message_lang);
  return strerror_r(errnum, buffer, sizeof buffer);
}
Lang message_lang() { return g_message_lang; }

std::string_view tr(std::string_view msgid, Lang lang) {
  if (lang == Lang::en || msgid.empty() || !g_ready) return msgid;
  std::string id(msgid);
  std::lock_guard lock(g_switch);
  switch_to(lang);
  const char* text = dgettext(kDomain, id.c_str());
  return text == id.c_str() ? msgid : std::string_view(text);  // a translation lives as long as the process
}

std::string tr(std::string_view msgid) { return std::string(tr(msgid, message_lang())); }

std::string_view trn(std::string_view singular, std::string_view plural, unsigned long n, Lang lang) {
  std::string_view english = n == 1 ? singular : plural;
  if (lang == Lang::en || !g_ready) return english;
  std::string one(singular), many(plural);
  std::lock_guard lock(g_switch);
  switch_to(lang);
  const char* text = dngettext(kDomain, one.c_str(), many.c_str(), n);
  if (text == one.c_str() || text == many.c_str()) return english;
  return text;
}

std::string trnf_in(Lang lang, std::string_view singular, std::string_view plural, unsigned long n) {
  return detail::format_runtime(trn(singular, plural, n, lang), n == 1 ? singular : plural, fmt::make_format_args(n));
}

std::string trnf(std::string_view singular, std::string_view plural, unsigned long n) {
  return trnf_in(message_lang(), singular, plural, n);
}

namespace detail {
std::string format_runtime(std::string_view translated, std::string_view msgid, fmt::format_args args) {
  try {
    return fmt::vformat(translated, args);
  } catch (const fmt::format_error&) {
    return fmt::vformat(msgid, args);
  }
}
}  // namespace detail

std::string labelled(Lang lang, std::string_view label, std::string_view text) {
  // TRANSLATORS: a label and its text, e.g. "Note: …"; French: "{} : {}" with a no-break space.
  return trf_in(lang, "{}: {}", label, text);
}

}  // namespace ritrack
