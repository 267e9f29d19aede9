// Command callbackd serves the providers' callbacks on fasthttp.
package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/fasthttp/router"
	"github.com/valyala/fasthttp"

	"fasthttpwrapmount/disbursements"
	"fasthttpwrapmount/kiosk"
	"fasthttpwrapmount/sigcheck"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	secret := os.Getenv("RAIL_SECRET")
	if secret == "" {
		log.Fatal("RAIL_SECRET is required")
	}
	cb := &disbursements.Callbacks{DB: db}
	kh := &kiosk.Hooks{DB: db}

	r := router.New()
	r.POST("/callbacks/transfers", sigcheck.RequireSignature(secret, cb.Handle))    // verified by the wrapper around the handler
	r.POST("/hooks/kiosk", kh.CheckoutStatus)                                       // want "payment webhook handler kh\\.CheckoutStatus \\(package fasthttpwrapmount/kiosk\\) mounted on POST /hooks/kiosk verifies no signature"
	r.POST("/hooks/kiosk-logged", sigcheck.LogRequests("kiosk", kh.CheckoutStatus)) // want "payment webhook handler sigcheck\\.LogRequests\\(\"kiosk\", kh\\.CheckoutStatus\\) \\(package fasthttpwrapmount/kiosk\\) mounted on POST /hooks/kiosk-logged verifies no signature"
	r.GET("/staff/receipts", kh.Receipts)
	log.Fatal(fasthttp.ListenAndServe(":8090", r.Handler))
}
