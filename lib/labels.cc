#include "labels.h"

#include <array>

namespace ritrack {

namespace {
struct Row {
  std::string_view en, fr, es, pt;
};

// Keep sorted by nothing in particular; lookups are few and the table is small.
constexpr std::array kRows{
    Row{"Result", "Résultat", "Resultado", "Resultado"},
    Row{"Indicator", "Indicateur", "Indicador", "Indicador"},
    Row{"Short title", "Titre court", "Título corto", "Título curto"},
    Row{"Measure", "Mesure", "Medida", "Medida"},
    Row{"Scope", "Portée", "Alcance", "Âmbito"},
    Row{"Accumulation", "Cumul", "Acumulación", "Acumulação"},
    Row{"Direction", "Sens", "Dirección", "Direção"},
    Row{"Cadence", "Périodicité", "Periodicidad", "Periodicidade"},
    Row{"Breakdown", "Ventilation", "Desagregación", "Desagregação"},
    Row{"Unit", "Unité", "Unidad", "Unidade"},
    Row{"Scale", "Échelle", "Escala", "Escala"},
    Row{"Baseline", "Référence", "Línea de base", "Linha de base"},
    Row{"Targets", "Cibles", "Metas", "Metas"},
    Row{"Target", "Cible", "Meta", "Meta"},
    Row{"Means of verification", "Moyens de vérification", "Medios de verificación", "Meios de verificação"},
    Row{"Note", "Note", "Nota", "Nota"},
    Row{"none", "aucune", "ninguna", "nenhuma"},
    Row{"monitored (no target)", "suivi (sans cible)", "seguimiento (sin meta)", "acompanhado (sem meta)"},
    Row{"French original", "Original français", "Original en francés", "Original em francês"},
    Row{"unofficial translation", "traduction non officielle", "traducción no oficial", "tradução não oficial"},
    Row{"threshold", "seuil", "umbral", "limiar"},
    Row{"source", "source", "fuente", "fonte"},
};
}  // namespace

std::string_view tr(std::string_view key, Lang lang) {
  for (const Row& r : kRows) {
    if (r.en != key) continue;
    switch (lang) {
      case Lang::en: return r.en;
      case Lang::fr: return r.fr;
      case Lang::es: return r.es;
      case Lang::pt: return r.pt;
    }
  }
  return key;
}

}  // namespace ritrack
