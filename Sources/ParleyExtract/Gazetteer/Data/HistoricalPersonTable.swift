// People and the offices they held before about 2010, so that older news is read with
// the office holders of its day. Facts, compiled by Parley. Same columns as PersonTable:
// name, aliases, country, office, sector, from, to. Rows for a person already in
// PersonTable merge with theirs (same name).
let historicalPersonTable = #"""
"""#
