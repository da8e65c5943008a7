import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2],'utf8'));
const self = new Map(); const total=p.timeDeltas.reduce((a,b)=>a+b,0);
const byId = new Map(p.nodes.map(n=>[n.id,n]));
const counts=new Map(); p.samples.forEach((s,i)=>counts.set(s,(counts.get(s)??0)+p.timeDeltas[i]));
for (const [id,t] of counts){const n=byId.get(id);const cf=n.callFrame;const k=`${cf.functionName||'(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber}`;self.set(k,(self.get(k)??0)+t);}
console.log('total ms',(total/1000).toFixed(0));
[...self].sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([k,t])=>console.log((t/1000).toFixed(0).padStart(7),k));
// inclusive by url
const parent=new Map(); for(const n of p.nodes) for(const c of n.children??[]) parent.set(c,n.id);
const incl=new Map();
for (const [id,t] of counts){ const seen=new Set(); let cur=id; while(cur!==undefined){const n=byId.get(cur);const f=n.callFrame.url.split('/').slice(-3).join('/'); if(!seen.has(f)){seen.add(f);incl.set(f,(incl.get(f)??0)+t);} cur=parent.get(cur);} }
console.log('--- inclusive by file');
[...incl].sort((a,b)=>b[1]-a[1]).slice(0,60).forEach(([k,t])=>console.log((t/1000).toFixed(0).padStart(7),k));
