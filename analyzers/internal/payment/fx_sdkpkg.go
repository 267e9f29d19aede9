package payment

// ProviderSDK reports whether path is a package of a payment provider's
// own SDK (stripe-go or a module of the provider tables, provider_*.go):
// its types are the provider's, never the merchant's. Matched by module
// path, so a merchant package merely named after a provider
// (shop/stripehooks, acme/adyen) is not one.
func ProviderSDK(path string) bool {
	return stripeRoot.MatchString(path) || underModule(path, "github.com/stripe/stripe-go") || providerLibrary(path)
}
