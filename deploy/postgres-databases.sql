-- One database per party: the region's and the ministry's data never share one.
CREATE DATABASE passerelle_region;
CREATE DATABASE passerelle_ministry;
