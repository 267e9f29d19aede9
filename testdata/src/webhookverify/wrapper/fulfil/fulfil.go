// Package fulfil grants goods.
package fulfil

//paylint:fulfillment
func Grant(orderID string) error { return nil }
