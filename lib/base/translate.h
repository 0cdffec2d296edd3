// The program's own words in the user's language, from GNU gettext catalogs
// (po/*.po, English the source). The framework's texts are not here: they
// come in four languages from the data files (base/lang.h, LocalizedText).
//
// Every literal given to tr, trf, trf_in, trn, trnf, trnf_in or N_ is extracted into
// po/ritrack.pot by po/update; the test "catalogs" fails when one is missing.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "base/lang.h"

namespace ritrack {

// Where the compiled catalogs are (<dir>/<lang>/LC_MESSAGES/ritrack.mo).
// Without it, or where a catalog is missing, the English source is shown.
void use_catalogs(const std::string& dir);

// The language of messages that are made without one being passed
// (diagnostics, hints, errors): the user's, chosen once by the command line.
void set_message_lang(Lang lang);
Lang message_lang();
// The system's words for an errno value ("Permission denied"), in the
// message language where the system has them (Debian's libc-l10n).
std::string os_reason(int errnum);

// `msgid` (English) in `lang`; msgid itself when there is no translation.
std::string_view tr(std::string_view msgid, Lang lang);
// The same as a string of its own (tr gives a view into the catalog).
inline std::string tr_s(std::string_view msgid, Lang lang) { return std::string(tr(msgid, lang)); }
// The same in the message language, as a string: messages are built from it.
std::string tr(std::string_view msgid);
// "1 entry" / "2 entries": the form for `n` in `lang`.
std::string_view trn(std::string_view singular, std::string_view plural, unsigned long n, Lang lang);

// "1 entry" / "3 entries": the form for `n` in the message language, with n
// put in its placeholder ("{} entry").
std::string trnf(std::string_view singular, std::string_view plural, unsigned long n);
std::string trnf_in(Lang lang, std::string_view singular, std::string_view plural, unsigned long n);

// "Label: text" with the language's punctuation: French puts a no-break
// space before the colon ("Note : …", "erreur : …"). With an empty text,
// the label and its colon, as a prompt ends.
std::string labelled(Lang lang, std::string_view label, std::string_view text);

// Marks a literal kept in a table for translation where it is shown.
constexpr std::string_view N_(std::string_view msgid) { return msgid; }

namespace detail {
std::string format_runtime(std::string_view translated, std::string_view msgid, fmt::format_args args);
}

// The translation of a fmt format string, filled in. A translation whose
// placeholders do not fit the arguments falls back to the English source
// (the test "catalogs" keeps that from happening).
// The English is checked against the arguments when compiling.
template <typename... Args>
std::string trf_in(Lang lang, fmt::format_string<Args...> msgid, Args&&... args) {
  fmt::string_view source = msgid;
  std::string_view english(source.data(), source.size());
  return detail::format_runtime(tr(english, lang), english, fmt::make_format_args(args...));
}
template <typename... Args>
std::string trf(fmt::format_string<Args...> msgid, Args&&... args) {
  fmt::string_view source = msgid;
  std::string_view english(source.data(), source.size());
  return detail::format_runtime(tr(english), english, fmt::make_format_args(args...));
}

}  // namespace ritrack
