import AnsimCLI

await AnsimMain.run()
