module example.com/finding

go 1.26
