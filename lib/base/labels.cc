#include "base/labels.h"

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
    Row{"Source", "Source", "Fuente", "Fonte"},
    Row{"ID", "ID", "ID", "ID"},
    Row{"Field", "Champ", "Campo", "Campo"},
    Row{"Line", "Ligne", "Línea", "Linha"},
    Row{"Country (ISO code, RI for regional)", "Pays (code ISO, RI pour le régional)",
        "País (código ISO, RI para lo regional)", "País (código ISO, RI para o regional)"},
    Row{"Value", "Valeur", "Valor", "Valor"},
    Row{"Source (means of verification)", "Source (moyen de vérification)", "Fuente (medio de verificación)",
        "Fonte (meio de verificação)"},
    Row{"Note (optional)", "Note (facultative)", "Nota (opcional)", "Nota (opcional)"},
    Row{"Breakdown by", "Ventilation par", "Desagregación por", "Desagregação por"},
    Row{"e.g.", "p. ex.", "p. ej.", "p. ex."},
    Row{"Record this entry?", "Enregistrer cette entrée ?", "¿Registrar esta entrada?", "Registar esta entrada?"},
    Row{"Recorded in", "Enregistré dans", "Registrado en", "Registado em"},
    Row{"Nothing recorded.", "Rien n'a été enregistré.", "No se registró nada.", "Nada foi registado."},
    Row{"Allowed", "Valeurs admises", "Valores admitidos", "Valores admitidos"},
    Row{"Recorded", "Enregistré", "Registrado", "Registado"},
    Row{"By", "Par", "Por", "Por"},
    Row{"Entry", "Entrée", "Entrada", "Entrada"},
    Row{"State", "État", "Estado", "Estado"},
    Row{"stands", "en vigueur", "vigente", "em vigor"},
    Row{"superseded", "remplacée", "reemplazada", "substituída"},
    Row{"withdrawn", "retirée", "retirada", "retirada"},
    Row{"retraction", "retrait", "retiro", "retirada"},
    Row{"reverted", "annulé", "revertido", "revertida"},
    Row{"by", "par", "por", "por"},
    Row{"History", "Historique", "Historial", "Histórico"},
    Row{"Would record", "Enregistrerait", "Registraría", "Registaria"},
    Row{"Base", "Réf.", "Base", "Base"},
    Row{"Value", "Valeur", "Valor", "Valor"},
    Row{"Rep.", "Rapp.", "Rep.", "Rep."},
    Row{"Need/yr", "Requis/an", "Req./año", "Nec./ano"},
    Row{"Pace/yr", "Rythme/an", "Ritmo/año", "Ritmo/ano"},
    Row{"Year", "Année", "Año", "Ano"},
    Row{"Accel.", "Accél.", "Acel.", "Acel."},
    Row{"text", "texte", "texto", "texto"},
    Row{"texts", "textes", "textos", "textos"},
    Row{"Current", "Actuel", "Actual", "Atual"},
    Row{"Period", "Période", "Período", "Período"},
    Row{"Status", "Statut", "Estado", "Situação"},
    Row{"Trend", "Tendance", "Tendencia", "Tendência"},
    Row{"Reported", "Rapporté", "Reportado", "Reportado"},
    Row{"reported", "rapporté", "reportado", "reportado"},
    Row{"carried forward", "reporté", "arrastrado", "transportado"},
    Row{"missing", "manquant", "faltante", "em falta"},
    Row{"achieved", "atteint", "logrado", "alcançado"},
    Row{"on track", "en voie", "en curso", "no rumo"},
    Row{"at risk", "à risque", "en riesgo", "em risco"},
    Row{"off track", "en retard", "rezagado", "atrasado"},
    Row{"monitored", "suivi", "seguimiento", "acompanhado"},
    Row{"no data", "sans données", "sin datos", "sem dados"},
    Row{"Progress", "Progrès", "Avance", "Progresso"},
    Row{"as of", "au", "al", "em"},
    Row{"Country", "Pays", "País", "País"},
    Row{"Gap", "Écart", "Brecha", "Lacuna"},
    Row{"Required pace", "Rythme requis", "Ritmo requerido", "Ritmo necessário"},
    Row{"Actual pace", "Rythme actuel", "Ritmo actual", "Ritmo atual"},
    Row{"Projected", "Projection", "Proyección", "Projeção"},
    Row{"Acceleration", "Accélération", "Aceleración", "Aceleração"},
    Row{"Indicators behind their targets", "Indicateurs en deçà de leurs cibles", "Indicadores por debajo de sus metas",
        "Indicadores abaixo das suas metas"},
    Row{"Reporting gaps", "Lacunes de rapportage", "Brechas de reporte", "Lacunas de reporte"},
    Row{"Missing", "Manquants", "Faltantes", "Em falta"},
    Row{"by category", "par catégorie", "por categoría", "por categoria"},
    Row{"by type", "par type", "por tipo", "por tipo"},
    Row{"by country", "par pays", "por país", "por país"},
    Row{"in their own units", "dans leurs propres unités", "en sus propias unidades", "nas suas próprias unidades"},
    Row{"persons", "personnes", "personas", "pessoas"},
    Row{"FTE", "ETP", "ETC", "ETI"},
    Row{"items", "éléments", "elementos", "itens"},
    Row{"converted to", "converti en", "convertido a", "convertido em"},
    Row{"By type", "Par type", "Por tipo", "Por tipo"},
    Row{"In own units", "Dans leurs unités", "En sus unidades", "Nas suas unidades"},
    Row{"Converted at", "Converti au taux", "Convertido a la tasa", "Convertido à taxa"},
    Row{"Items", "Éléments", "Elementos", "Itens"},
    Row{"Item", "Élément", "Elemento", "Item"},
    Row{"Title", "Titre", "Título", "Título"},
    Row{"Partners (optional)", "Partenaires (facultatif)", "Socios (opcional)", "Parceiros (opcional)"},
    Row{"Last period open (optional)", "Dernière période en cours (facultatif)", "Último período en curso (opcional)",
        "Último período em curso (opcional)"},
    Row{"Item (identifier)", "Élément (identifiant)", "Elemento (identificador)", "Item (identificador)"},
    Row{"Types", "Types", "Tipos", "Tipos"},
    Row{"Partners", "Partenaires", "Socios", "Parceiros"},
    Row{"Ends", "Fin", "Fin", "Fim"},
    Row{"open", "en cours", "en curso", "em curso"},
    Row{"is inferred", "est déduite", "es deducida", "é deduzida"},
    Row{"Record it anyway?", "L'enregistrer quand même ?", "¿Registrarlo de todos modos?", "Registá-lo mesmo assim?"},
    Row{"Indicator {id} has no recorded value for {period}: it shows the {members} member countries named in "
        "countries.yaml.",
        "L'indicateur {id} n'a pas de valeur enregistrée pour {period} : il montre les {members} pays membres nommés "
        "dans countries.yaml.",
        "El indicador {id} no tiene valor registrado para {period}: muestra los {members} países miembros nombrados "
        "en countries.yaml.",
        "O indicador {id} não tem valor registado para {period}: mostra os {members} países membros nomeados em "
        "countries.yaml."},
    Row{"Coverage counts the {members} member countries named in countries.yaml for {period}; indicator {id} records "
        "{recorded}. A country is named only where a source shows its membership.",
        "La couverture compte les {members} pays membres nommés dans countries.yaml pour {period} ; l'indicateur {id} "
        "en enregistre {recorded}. Un pays n'est nommé que si une source atteste son adhésion.",
        "La cobertura cuenta los {members} países miembros nombrados en countries.yaml para {period}; el indicador "
        "{id} registra {recorded}. Un país se nombra solo cuando una fuente muestra su adhesión.",
        "A cobertura conta os {members} países membros nomeados em countries.yaml para {period}; o indicador {id} "
        "regista {recorded}. Um país só é nomeado quando uma fonte mostra a sua adesão."},
    Row{"Carried forward", "Reportés", "Arrastrados", "Transportados"},
    Row{"Reporting coverage", "Couverture du rapportage", "Cobertura del reporte", "Cobertura do reporte"},
    Row{"Summary", "Synthèse", "Resumen", "Resumo"},
    Row{"Quarterly report", "Rapport trimestriel", "Informe trimestral", "Relatório trimestral"},
    Row{"Indicators", "Indicateurs", "Indicadores", "Indicadores"},
    Row{"every member country reported", "tous les pays membres ont rapporté", "todos los países miembros reportaron",
        "todos os países membros reportaram"},
    Row{"Reporting matrix", "Matrice de rapportage", "Matriz de reporte", "Matriz de reporte"},
    Row{"R reported, C carried forward, · missing", "R rapporté, C reporté, · manquant",
        "R reportado, C arrastrado, · faltante", "R reportado, C transportado, · em falta"},
    Row{"Nothing is behind its target.", "Aucun indicateur n'est en deçà de sa cible.",
        "Ningún indicador está por debajo de su meta.", "Nenhum indicador está abaixo da sua meta."},
};
}  // namespace

std::string_view tr(std::string_view key, Lang lang) {
  for (const Row& r : kRows) {
    if (r.en != key) continue;
    switch (lang) {
      case Lang::en:
        return r.en;
      case Lang::fr:
        return r.fr;
      case Lang::es:
        return r.es;
      case Lang::pt:
        return r.pt;
    }
  }
  return key;
}

}  // namespace ritrack
