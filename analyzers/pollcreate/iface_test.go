package pollcreate

// InterfaceGateway: a payment created and polled through an
// interface whose visible implementations agree is judged like the
// implementation's create and read.
var _ = cases.Add(Analyzer, "InterfaceGateway", "pollcreate/ifacegw")
