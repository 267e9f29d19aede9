//go:build cluster

package shop

import "example.com/fake/pay"

// BuyInCluster is built only with -tags cluster: its finding shows the
// tag reached go vet and the tool.
func BuyInCluster() error {
	return pay.ChargeTwice(200)
}
