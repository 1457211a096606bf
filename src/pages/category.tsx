import type { Category } from '../schemas/category.js'
import { renderPage, type Site } from './layout.js'
import { CodeList } from './components/code-list.js'
import { categoryPath } from './urls.js'

function CategoryPage({ site, category }: { site: Site; category: Category }) {
  const others = site.catalog.categories.filter((c) => c.kind === category.kind && c.id !== category.id)
  return (
    <>
      <h1>{category.kind === 'class' ? `${category.name} status codes` : `${category.name} status codes`}</h1>
      <p class="lead">{category.description}</p>
      <p>
        {category.count} {category.count === 1 ? 'code' : 'codes'}, by number.
      </p>
      <CodeList codes={category.codes} catalog={site.catalog} />
      <h2 id="more">{category.kind === 'class' ? 'The other classes' : 'Other vendor groups'}</h2>
      <ul class="grid">
        {others.map((c) => (
          <li>
            <a href={categoryPath(c)}>{c.name}</a> ({c.count})
          </li>
        ))}
      </ul>
    </>
  )
}

export function renderCategory(site: Site, category: Category): string {
  return renderPage(
    site,
    {
      title: `${category.name} status codes`,
      description: category.description,
      path: categoryPath(category),
      json: category.link,
      crumbs: [{ name: 'Home', path: '/' }, { name: category.name }]
    },
    <CategoryPage site={site} category={category} />
  )
}
