// Places that are not capitals: cities, provinces, regions and historical country names
// used as adjectives. Facts, compiled by Parley. Like the cities in CountryTable's demonym
// column, a place locates a thing in its country ("in Kirkuk", "Basra police") but does not
// act itself. Columns (tab-separated): iso3, places (`|`-separated).
let placeTable = #"""
"""#
