//go:build gwprod

package gw

func (c *Client) VerifyBuild(body []byte, signature string) bool {
	return c.VerifyHMAC(body, signature)
}
