// Command walletd serves the wallet handlers, one listener each.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/valyala/fasthttp"

	"w24mollieid/store"
	"w24mollieid/wallet"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	mc, _ := mollie.NewClient(http.DefaultClient, mollie.NewAPIConfig(false))
	ws := store.NewWallets(db)
	s := wallet.New(ws, ws, mc) // want `webhook handler credits the balance \(wallet.Wallets.TopUp calls wallet.Balances.Credit \(wallet.go:47\), bound here to store.Wallets.Credit`
	go func() { log.Fatal(fasthttp.ListenAndServe(":8081", s.TopUp)) }()
	go func() { log.Fatal(fasthttp.ListenAndServe(":8082", s.TopUpOnce)) }()
	go func() { log.Fatal(fasthttp.ListenAndServe(":8083", s.Kiosk)) }()
	log.Fatal(fasthttp.ListenAndServe(":8084", s.Back))
}
