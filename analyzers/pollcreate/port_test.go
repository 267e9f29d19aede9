package pollcreate

// PortRewaitW18: a till collecting a mobile-money payment through a port
// (shop.Gateway) and asking again when the same port's waiter answers
// not approved, bound in main to a gateway client whose waiter answers
// (false, nil) at its own context timeout: reported at the binding.
// Silent: the same till bound to a gateway whose waiter answers an error
// at its timeout (shoperr), the till leaving on not approved
// (ChargeOnce) and a loop over different payers (ChargeAll).
var _ = cases.Add(Analyzer, "PortRewaitW18", "w18port/...")
