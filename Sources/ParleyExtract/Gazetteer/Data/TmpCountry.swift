let countryTable = #"""
RUS	Russia	Russian Federation	Russian|Russians	Moscow|the Kremlin|Kremlin
USA	United States	United States of America|U.S.|US|USA|America|the United States	American|Americans	Washington|the White House|White House
"""#
