import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2],'utf8'));
const byId = new Map(p.nodes.map(n=>[n.id,n]));
const counts=new Map(); p.samples.forEach((s,i)=>counts.set(s,(counts.get(s)??0)+p.timeDeltas[i]));
const parent=new Map(); for(const n of p.nodes) for(const c of n.children??[]) parent.set(c,n.id);
const incl=new Map();
for (const [id,t] of counts){ const seen=new Set(); let cur=id; while(cur!==undefined){const n=byId.get(cur);const cf=n.callFrame;const f=`${cf.functionName||'(anon)'} ${cf.url.split('/').slice(-1)}:${cf.lineNumber}`; if(!seen.has(f)){seen.add(f);incl.set(f,(incl.get(f)??0)+t);} cur=parent.get(cur);} }
const re=new RegExp(process.argv[3]??'.');
[...incl].filter(([k])=>re.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,+(process.argv[4]??50)).forEach(([k,t])=>console.log((t/1000).toFixed(0).padStart(7),k));
