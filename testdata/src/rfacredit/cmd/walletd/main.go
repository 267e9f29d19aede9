// Command walletd wires the wallet pages to Redis.
package main

import (
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"

	"rfacredit/kvstore"
	"rfacredit/wallet"
)

func main() {
	rdb := redis.NewClient(&redis.Options{})
	balances := kvstore.NewBalances(rdb)
	e := echo.New()
	wallet.NewPages(balances, kvstore.NewVisits(rdb)).Register(e) // want `success-redirect handler wallet.Pages.TopupReturn \(/wallet/topup/return\), which calls wallet.Balances.Add \(pages.go:38\) without reading the payment's status from the provider; bound here, wallet.Balances.Add is kvstore.Balances.Add: hands over what was bought`
	_ = e.Start(":8080")
}
