// Plain JS on purpose: this must run (and fail clearly) on whatever Node a shell provides.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `복지 아틀라스는 Node 24가 필요합니다 (지금: ${process.version}). npm run … 으로 실행하세요.\n` +
      `Bokji Atlas needs Node 24 (running ${process.version}). Run scripts through "npm run …" so the pinned ` +
      `devDependency "node" is used, and do not install with --ignore-scripts.`,
  );
  process.exit(1);
}
if (process.argv.includes('--verbose')) console.log(`node ${process.version} (${process.execPath})`);
