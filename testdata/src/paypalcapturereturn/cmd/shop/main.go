// Command shop binds the PayPal return pages to the payment service.
package main

import (
	"database/sql"
	"net/http"

	"paypalcapturereturn/payments"
	"paypalcapturereturn/storefront"
)

func main() {
	db, _ := sql.Open("postgres", "")
	svc := payments.NewService(db, &payments.PayPal{})
	pages := &storefront.Pages{
		Capture:  svc,
		Settle:   svc,
		Trust:    svc, // want `order fulfilled by the success-redirect handler storefront.Pages.usReturn \(/us/paypal/return\), which calls storefront.Truster.TrustCapture \(pages.go:\d+\) without reading the payment's status from the provider; bound here, storefront.Truster.TrustCapture is payments.Service.TrustCapture: POST /v2/checkout/orders/\{\}/capture`
		Accept:   svc,
		Returned: svc, // want `order fulfilled by the success-redirect handler storefront.Pages.caReturn \(/ca/paypal/return\), which calls storefront.Returner.MarkReturned \(pages.go:\d+\) without reading the payment's status from the provider; bound here, storefront.Returner.MarkReturned is payments.Service.MarkReturned`
	}
	mux := http.NewServeMux()
	pages.Routes(mux)
	_ = http.ListenAndServe(":8080", mux)
}
