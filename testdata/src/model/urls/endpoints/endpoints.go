// Package endpoints holds URL constants used from another package.
package endpoints

const (
	Base     = "https://api.keystone.example"
	Settle   = Base + "/v1/settlements"
	Products = Base + "/v1/products"
)
