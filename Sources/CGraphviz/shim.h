#ifndef PARLEY_CGRAPHVIZ_SHIM_H
#define PARLEY_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
