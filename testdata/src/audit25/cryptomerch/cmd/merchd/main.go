// Command merchd runs the cryptomerch backend: the storefront API, the
// webhook listener, the payout workers and the scheduler.
package main

import (
	"context"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/lightningnetwork/lnd/lnrpc"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"audit25/cryptomerch/api"
	"audit25/cryptomerch/cards"
	"audit25/cryptomerch/chain"
	"audit25/cryptomerch/commerce"
	"audit25/cryptomerch/hooks"
	"audit25/cryptomerch/jobs"
	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/shop"
	"audit25/cryptomerch/store"
)

func main() {
	cfg := platform.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := gorm.Open(postgres.Open(cfg.PostgresDSN))
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(cfg.MongoURI))
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	mdb := mc.Database(cfg.MongoDB)

	eth, err := ethclient.Dial(cfg.EthRPC)
	if err != nil {
		log.Fatalf("eth: %v", err)
	}
	creds, err := credentials.NewClientTLSFromFile(os.Getenv("LND_TLS_CERT"), "")
	if err != nil {
		log.Fatalf("lnd tls: %v", err)
	}
	conn, err := grpc.NewClient(cfg.LndAddr, grpc.WithTransportCredentials(creds))
	if err != nil {
		log.Fatalf("lnd: %v", err)
	}
	defer conn.Close()
	ln := lnrpc.NewLightningClient(conn)

	orders := store.NewOrders(db)
	preorders := store.NewPreorders(db)
	payouts := store.NewPayouts(db)
	shipments := store.NewShipments(db)
	events := store.NewEvents(mdb)
	loyalty := store.NewLoyalty(mdb)
	topupStore := store.NewTopups(mdb)

	cc := commerce.NewClient(cfg.CommerceKey)
	checkout := cards.NewCheckout(cfg.StripeKey, cfg.PublicURL)
	minter := shop.NewMinter(cfg.MintURL)
	drops := shop.NewDrops(orders, minter)
	topups := shop.NewTopups(ln, topupStore, loyalty)

	signer := chain.NewKMSSigner(os.Getenv("KMS_URL"), cfg.ChainID)
	treasury := chain.NewTreasury(eth, signer, cfg.TreasuryAddr, cfg.USDCContract, payouts, chain.WithAttempts(4))
	watcher := chain.NewWatcher(eth, cfg.Confirmations)

	receipts := make(chan hooks.Receipt, 256)

	r := api.New(api.Deps{
		Cfg: cfg, Orders: orders, Preorders: preorders, Payouts: payouts,
		Checkout: checkout, Commerce: cc, Confirmer: drops, Drops: drops, Topups: topups,
	})
	(&api.Admin{
		Token: os.Getenv("ADMIN_TOKEN"), Orders: orders, Preorders: preorders,
		Checkout: checkout, Refunder: cards.NewRefunder(),
		Booth:    shop.NewBooth(cc, ln, orders),
		Deposits: shop.NewPreorders(cc, preorders, cfg.DepositWait),
		Topups:   topups,
		Screens:  map[string]chan string{"stand-1": make(chan string, 4), "stand-2": make(chan string, 4)},
	}).Mount(r)

	wh := hooks.New(hooks.Config{
		Cfg: cfg, Events: events, Orders: orders, Loyalty: loyalty, Drops: drops, Receipts: receipts,
	})

	go jobs.NewChainPayouts(payouts, treasury, watcher).Run(ctx)
	go jobs.NewReceipts(os.Getenv("MAIL_API"), os.Getenv("MAIL_TOKEN"), receipts).Run(ctx)
	go func() {
		if err := topups.Listen(ctx, 0); err != nil {
			slog.Error("invoice stream ended", "err", err)
		}
	}()
	if err := jobs.NewTracker(os.Getenv("CARRIER_API"), shipments).Start(ctx); err != nil {
		slog.Warn("tracker", "err", err)
	}
	sched, err := jobs.Schedule(
		jobs.NewReconciler(db, cc, orders),
		jobs.NewBankPayouts(cfg.RailURL, cfg.RailToken, payouts),
		jobs.NewConnectTransfers(payouts),
	)
	if err != nil {
		log.Fatalf("cron: %v", err)
	}
	defer sched.Stop()

	go func() {
		if err := wh.Listen(cfg.HooksAddr); err != nil {
			log.Fatalf("hooks: %v", err)
		}
	}()
	go func() {
		if err := r.Run(cfg.HTTPAddr); err != nil {
			log.Fatalf("api: %v", err)
		}
	}()
	<-ctx.Done()
	slog.Info("shutting down")
}
