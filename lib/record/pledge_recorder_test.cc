#include "record/pledge_recorder.h"

#include <doctest/doctest.h>

#include "store/pledge_reader.h"
#include "testing/fixtures.h"

using namespace ritrack;

namespace {

PledgeInput survey() {
  PledgeInput p;
  p.id = "PER-1";
  p.type = "government";
  p.name = "Ministerio \"de\" Trabajo";
  p.country = "PER";
  p.title = "Realizar una encuesta nacional en 2021";
  p.implementation = "Con el INEI";
  p.contribution = "Da la línea de base";
  p.channels = {"radio", "redes: sociales"};
  p.deadline = "2021-12-30";
  p.measure = "encuestas";
  p.target = "1";
  p.source = "acta";
  p.recorded = "2021-03-01T10:00:00Z";
  p.by = "tester";
  return p;
}

}  // namespace

TEST_CASE("a formatted pledge and update read back as they were typed") {
  Dataset model = testing::load_fixture("tests/fixtures/progress");
  PledgeUpdateInput u{"PER-1", "2021-06-30", "achieved", "1", "hecho", "informe", "tester", "2021-07-01T10:00:00Z"};
  std::string text = "register: PER\nentries:\n" + format_pledge(survey()) + format_pledge_update(u) +
                     "# ritrack: end of journal, 2 entries\n";
  Diagnostics out;
  DiagnosticSink sink("PER.yaml", out);
  PledgeRegister reg = read_pledges(text, model, "PER", sink);
  CHECK(out.empty());
  REQUIRE(reg.pledges.size() == 1);
  CHECK(reg.pledges[0].stakeholder.name == "Ministerio \"de\" Trabajo");
  CHECK(reg.pledges[0].communication.channels == std::vector<std::string>{"radio", "redes: sociales"});
  CHECK(reg.pledges[0].status() == PledgeStatus::achieved);
}

TEST_CASE("a pledge that breaks a rule is refused and the register keeps its bytes") {
  testing::ScratchDir dir;
  for (const char* f : {"framework.yaml", "countries.yaml"})
    dir.write(f, [&] {
      Diagnostics io;
      return *read_data_file(disk(), testing::source_path("tests/fixtures/progress"), f, io);
    }());
  Dataset data = testing::load_fixture(dir.dir.string());
  AppendOptions options{"test", std::chrono::milliseconds(1000), Period{2021, 1}};
  Diagnostics out;
  REQUIRE(append_to_register(data, "PER", format_pledge(survey()), options, out));
  std::string before;
  {
    Diagnostics io;
    before = *read_data_file(disk(), dir.dir.string(), "pledges/PER.yaml", io);
  }
  PledgeInput again = survey();
  again.title += " y otra vez con muchas palabras de más para pasar el límite de veinte hoy";
  out.clear();
  CHECK_FALSE(append_to_register(data, "PER", format_pledge(again), options, out));
  REQUIRE(out.size() >= 2);
  CHECK(out[0].code == DiagnosticCode::duplicate_id);
  CHECK(out[0].pos.line == 0);  // about the input: no position
  Diagnostics io;
  CHECK(*read_data_file(disk(), dir.dir.string(), "pledges/PER.yaml", io) == before);
}
