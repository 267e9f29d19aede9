//go:build !gwprod

package gw

// VerifyBuild is the stub of development builds; the production build
// compiles the check in stub_prod.go instead.
func (c *Client) VerifyBuild(body []byte, signature string) bool {
	return true
}
