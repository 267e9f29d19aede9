package pollbound

// InterfaceGateway: a poll through an interface whose visible
// implementations agree is judged like a poll of the implementation's
// read; an interface with no visible implementation stays silent.
var _ = cases.Add(Analyzer, "InterfaceGateway", "pollbound/ifacegw")
