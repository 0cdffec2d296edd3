/* The floor for any YAML reader: libyaml's event parser over the same files,
 * doing nothing with the events but count them. Usage: yaml_floor FILE... */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char** argv) {
  long events = 0;
  for (int i = 1; i < argc; ++i) {
    FILE* f = fopen(argv[i], "rb");
    if (!f) {
      perror(argv[i]);
      return 2;
    }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    int done = 0;
    while (!done) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        fprintf(stderr, "%s: parse error\n", argv[i]);
        return 1;
      }
      done = event.type == YAML_STREAM_END_EVENT;
      yaml_event_delete(&event);
      ++events;
    }
    yaml_parser_delete(&parser);
    fclose(f);
  }
  printf("%ld events\n", events);
  return 0;
}
