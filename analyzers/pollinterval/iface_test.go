package pollinterval

// InterfaceGateway: a status read through an interface whose visible
// implementations agree is polled like the implementation's read;
// disagreeing implementations, a mock and no implementation stay silent.
var _ = cases.Add(Analyzer, "InterfaceGateway", "pollinterval/ifacegw")
